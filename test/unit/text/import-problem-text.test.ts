import { afterEach, describe, expect, it } from 'vitest';
import de from '../../../_locales/de/messages.json';
import { type BlockedReason, type FileReason, readImportFile } from '../../../src/core/import';
import { checkExportable } from '../../../src/core/kubelist';
import { useBrowserMessages } from '../../../src/platform/i18n';
import { blockedText, importProblemText } from '../../../src/text/import-problem-text';
import { formatMessage } from '../../../src/text/message-format';
import { useMessages } from '../../../src/text/t';
import { archiveText as archived, itWithArchive } from '../../fixtures/archive';

type Samples = { [C in FileReason['code']]: Extract<FileReason, { code: C }>[] };

const exportProblems = checkExportable({
  number: 0,
  date: '2021-13-01',
  headline: '',
  intro: '',
  items: [{ title: 'Click me', url: 'javascript:alert(1)', commentary: '' }],
});

/** Every code reading a file can report, each variant of its values once; the type wants them all. */
const SAMPLES: Samples = {
  tooLarge: [
    { code: 'tooLarge', chars: 2 * 1024 * 1024 + 1 },
    { code: 'tooLarge', chars: 5_000_000 },
    { code: 'tooLarge', chars: 536_870_888 },
  ],
  binary: [{ code: 'binary' }],
  byteOrderMark: [{ code: 'byteOrderMark' }],
  lineEndings: [
    { code: 'lineEndings', kind: 'crlf' },
    { code: 'lineEndings', kind: 'cr' },
  ],
  replacementChars: [{ code: 'replacementChars' }],
  moreReplacementChars: [{ code: 'moreReplacementChars', count: 7 }],
  moreProblems: [{ code: 'moreProblems' }],
  unexpectedText: [
    { code: 'unexpectedText', where: 'betweenItems', text: 'Stray paragraph' },
    { code: 'unexpectedText', where: 'beforeFooter', text: 'Stray footnote' },
  ],
  moreUnexpected: [{ code: 'moreUnexpected' }],
  noBlankLine: (['afterHeading', 'afterHeadline', 'afterIntro', 'beforeFooter'] as const).map((gap) => ({ code: 'noBlankLine', gap })),
  blankLines: (['afterHeading', 'afterHeadline', 'afterIntro', 'beforeFooter'] as const).map((gap) => ({ code: 'blankLines', count: 3, gap })),
  badHeading: [{ code: 'badHeading' }],
  noHeading: [{ code: 'noHeading' }],
  badDate: [{ code: 'badDate', date: '2021-02-30' }],
  headingLink: [{ code: 'headingLink', url: 'https://example.com/7', expected: 'https://kubelist.com/issue/7' }],
  noHeadline: [{ code: 'noHeadline' }],
  noIntro: [{ code: 'noIntro' }],
  blankBeforeItem: [{ code: 'blankBeforeItem', item: 3 }],
  noFooter: [
    { code: 'noFooter', last: null },
    { code: 'noFooter', last: { item: 2, title: 'Cut off' } },
  ],
  wrongFooter: [{ code: 'wrongFooter', number: 117, expected: '### [ << Prev ](kubelist-116.md) ------------- [ Next >> ](kubelist-118.md)' }],
  lineBreakAfterFooter: [{ code: 'lineBreakAfterFooter' }],
  textAfterFooter: [{ code: 'textAfterFooter' }],
  unreadable: [{ code: 'unreadable', error: 'TypeError: oops' }],
  itemMarker: [{ code: 'itemMarker', item: 2, marker: '1.\t', expected: '1. ' }],
  noLink: [{ code: 'noLink', item: 2, expected: '1. ' }],
  brokenLink: (['no-closing-bracket', 'no-url', 'cut-off-url'] as const).map((why) => ({ code: 'brokenLink', item: 4, title: 'A title', why })),
  linkTitleIgnored: [{ code: 'linkTitleIgnored', item: 1, ignored: 'hover text' }],
  textAfterLink: [{ code: 'textAfterLink', item: 1, text: ' and more' }],
  badUrl: [
    { code: 'noUrl' } as const,
    { code: 'scheme', scheme: 'javascript' } as const,
    { code: 'notAbsolute' } as const,
    { code: 'whitespace' } as const,
    { code: 'control' } as const,
    { code: 'noHost' } as const,
  ].map((url) => ({ code: 'badUrl', item: 5, title: 'Click me', url })),
  noBlankAfterTitle: [{ code: 'noBlankAfterTitle', item: 1 }],
  endsInItem: [{ code: 'endsInItem', item: 7 }],
  noCommentary: [{ code: 'noCommentary', item: 2 }],
  tabIndent: [{ code: 'tabIndent', item: 1 }],
  badIndent: [{ code: 'badIndent', item: 1 }],
  blankInCommentary: [{ code: 'blankInCommentary', item: 1 }],
  fileNameNumber: [{ code: 'fileNameNumber', named: 118, heading: 117 }],
  exportBlocked: exportProblems.map((problem) => ({ code: 'exportBlocked', problem })),
  mixedMojibake: [{ code: 'mixedMojibake' }],
};

const reasons = Object.values(SAMPLES).flat() as FileReason[];

/** What the command line and the English editor say for each of `reasons`, in their order. */
const ENGLISH = [
  'The file is too large to be an issue (2.0 million characters; the limit is 2 MB), so it was not read.',
  'The file is too large to be an issue (4.8 million characters; the limit is 2 MB), so it was not read.',
  'The file is too large to be an issue (512.0 million characters; the limit is 2 MB), so it was not read.',
  'The file contains NUL bytes: it is a binary file (or UTF-16 text), not a Markdown issue, so it was not read.',
  'The file starts with a byte order mark (BOM). It was ignored; the export will not have one, so it will not be byte-identical to this file.',
  'The file uses Windows line endings (CR LF) from this line on. They were read as LF; the export uses LF, so it will not be byte-identical to this file.',
  'The file uses old Mac line endings (CR) from this line on. They were read as LF; the export uses LF, so it will not be byte-identical to this file.',
  'This line contains U+FFFD replacement characters (�): the file was damaged, is binary, or was read with the wrong encoding. The original characters are lost.',
  '7 more lines contain U+FFFD replacement characters.',
  'There are more problems from this line on; only the first ones are listed.',
  'Unexpected text between the items was ignored: “Stray paragraph”.',
  'Unexpected text before the footer was ignored: “Stray footnote”.',
  'More unexpected lines follow and were ignored too; this may not be a Kubelist issue.',
  'Expected a blank line after the heading.',
  'Expected a blank line after the headline.',
  'Expected a blank line after the intro.',
  'Expected a blank line between the last item and the footer.',
  '3 blank lines after the heading, where the format has one.',
  '3 blank lines after the headline, where the format has one.',
  '3 blank lines after the intro, where the format has one.',
  '3 blank lines between the last item and the footer, where the format has one.',
  'The heading is not in the form “## [Kubelist Issue #{number} for {YYYY-MM-DD}]({link})”.',
  'The issue heading “## [Kubelist Issue #{number} for {YYYY-MM-DD}]({link})” is missing.',
  'The issue date “2021-02-30” is not a real date written YYYY-MM-DD.',
  'The heading links to https://example.com/7; the export will link to https://kubelist.com/issue/7.',
  'The headline (a line starting with “#### ”) is missing.',
  'The intro (a paragraph starting with “> ”) is missing.',
  'Blank line before item 3; the export has none there.',
  'The footer (“### [ << Prev ](…) … [ Next >> ](…)”) is missing: the file may be truncated.',
  'The footer (“### [ << Prev ](…) … [ Next >> ](…)”) is missing: the file may be truncated. The last item (2, “Cut off”) may be cut off.',
  "The footer does not link issue 117's neighbours; the export writes “### [ << Prev ](kubelist-116.md) ------------- [ Next >> ](kubelist-118.md)”.",
  'The file ends with a line break after the footer; the export ends right after the footer.',
  'Text after the footer was ignored.',
  'The file could not be read completely (TypeError: oops).',
  'Item 2 starts with “1.\t”; the export writes “1. ”.',
  'Item 2 has no link: expected “1. [title](url)”. Its text was kept as the title; it has no URL.',
  'Item 4 “A title”: the title has no closing `]`, so the line looks cut off, and there is no URL.',
  'Item 4 “A title”: the title is not followed by `(url)`, so the item has no URL.',
  'Item 4 “A title”: the URL has no closing `)`, so the line looks cut off; the URL was not kept.',
  'Item 1: the link title “hover text” after the URL was ignored.',
  'Item 1: the text after the link was ignored: “ and more”.',
  'Item 5 “Click me”: it has no URL. Fix it before exporting.',
  'Item 5 “Click me”: its URL uses the javascript: scheme; only http: and https: links can be exported. Fix it before exporting.',
  'Item 5 “Click me”: its URL is not an absolute http: or https: address. Fix it before exporting.',
  'Item 5 “Click me”: its URL starts or ends with whitespace. Fix it before exporting.',
  'Item 5 “Click me”: its URL contains a line break, tab or other control character. Fix it before exporting.',
  'Item 5 “Click me”: its URL does not start with http:// or https:// followed by a host. Fix it before exporting.',
  'Item 1: expected a blank line between the title and the commentary.',
  'The file ends inside item 7, which looks cut off: it has no commentary.',
  'Item 2 has no commentary; the export will write an empty one.',
  "Item 1's commentary is indented with a tab; the export uses four spaces.",
  "Item 1's commentary should be indented by four spaces; the export will indent it.",
  'Item 1: blank lines inside the commentary will be written as indented empty lines.',
  'The file name says issue 118, but the heading says #117.',
  'Issue: the issue number must be a whole number from 1 up, not 0.',
  'Issue: the issue date must be a real date written YYYY-MM-DD, not “2021-13-01”.',
  'Item 1 “Click me”: its URL uses the javascript: scheme; only http: and https: links can be exported.',
  'Some characters look like UTF-8 text that was read as Windows-1252 (such as “â€™” for “’”), mixed with correct text, so they cannot be repaired automatically.',
];

describe('importProblemText', () => {
  it('has an issue-level and an item-level export problem among the samples', () => {
    expect(exportProblems.map((p) => p.item)).toContain(null);
    expect(exportProblems.map((p) => p.item)).toContain(1);
  });

  it('words every code reading a file can report', () => {
    expect(reasons.map(importProblemText)).toEqual(ENGLISH);
  });

  itWithArchive('words what the parser finds in a damaged file, line by line', () => {
    const text = archived(117)
      .replace(/\n/g, '\r\n')
      .replace('1. [Panel', '1.\t[Panel')
      .replace('(https://youtu.be/sAiOqSmN-B0?t=114)', '(javascript:alert(1))')
      .replace('\r\n\r\n### [', '\r\n\r\nStray footnote\r\n\r\n### [');
    const { problems } = readImportFile('kubelist-118.md', `\ufeff${text}`);
    const panel = 'Item 6 “Panel: End User Community Adoption of Cloud Native Principles & Lessons Learned”';
    const scheme = 'its URL uses the javascript: scheme; only http: and https: links can be exported';
    expect(problems.map(({ line, reason }) => [line, importProblemText(reason)])).toEqual([
      [1, 'The file starts with a byte order mark (BOM). It was ignored; the export will not have one, so it will not be byte-identical to this file.'],
      [
        1,
        'The file uses Windows line endings (CR LF) from this line on. They were read as LF; the export uses LF, so it will not be byte-identical to this file.',
      ],
      [1, 'The file name says issue 118, but the heading says #117.'],
      [22, 'Item 6 starts with “1.\t”; the export writes “1. ”.'],
      [22, `${panel}: ${scheme}. Fix it before exporting.`],
      [29, 'Unexpected text before the footer was ignored: “Stray footnote”.'],
      [null, `${panel}: ${scheme}.`],
    ]);
  });
});

describe('blockedText', () => {
  it('words why a file cannot be imported', () => {
    const blocked: BlockedReason[] = [
      { code: 'noNumber' },
      { code: 'badNumber', number: 12345678 },
      { code: 'badDate', date: '2021-02-30' },
      { code: 'unsafeUrl', item: 2, url: '//evil.example/x' },
    ];
    expect(blocked.map(blockedText)).toEqual([
      'It has no issue heading with a number, so it cannot be filed in the archive.',
      'Its number #12345678 is past #9999999, the highest issue number the archive keeps.',
      'Its date “2021-02-30” is not a real date written YYYY-MM-DD.',
      'Item 2 links to “//evil.example/x”, which is not a web address that can be kept.',
    ]);
  });

  itWithArchive('words what readImportFile finds', () => {
    const readings = ['no heading here', archived(117).replace('for 2021-03-03', 'for 2021-02-30'), archived(117)].map((text) => readImportFile('x.md', text));
    expect(readings.map((r) => r.blocked && blockedText(r.blocked))).toEqual([
      'It has no issue heading with a number, so it cannot be filed in the archive.',
      'Its date “2021-02-30” is not a real date written YYYY-MM-DD.',
      null,
    ]);
  });
});

describe('in German', () => {
  afterEach(() => useBrowserMessages());

  it('words findings from the German messages', () => {
    useMessages((name, substitutions) => formatMessage(de, name, substitutions));
    const [exportBlocked] = exportProblems.filter((p) => p.item !== null);
    expect([
      importProblemText({ code: 'noFooter', last: { item: 2, title: 'Cut off' } }),
      importProblemText({ code: 'tooLarge', chars: 5_000_000 }),
      importProblemText({ code: 'badUrl', item: 5, title: 'Click me', url: { code: 'scheme', scheme: 'javascript' } }),
      importProblemText({ code: 'exportBlocked', problem: exportBlocked! }),
      blockedText({ code: 'badNumber', number: 12345678 }),
    ]).toEqual([
      'Die Fußzeile („### [ << Prev ](…) … [ Next >> ](…)“) fehlt: Die Datei ist womöglich abgeschnitten. Der letzte Eintrag (2, „Cut off“) ist vielleicht unvollständig.',
      'Die Datei ist zu groß für eine Ausgabe (4,8 Millionen Zeichen; die Grenze liegt bei 2 MB) und wurde daher nicht gelesen.',
      'Eintrag 5 „Click me“: Die URL verwendet das Schema javascript:; nur http:- und https:-Links lassen sich exportieren. Korrigieren Sie das vor dem Export.',
      'Eintrag 1 „Click me“: Die URL verwendet das Schema javascript:; nur http:- und https:-Links lassen sich exportieren.',
      'Die Nummer #12345678 liegt über #9999999, der höchsten Ausgabennummer, die das Archiv aufnimmt.',
    ]);
  });
});
