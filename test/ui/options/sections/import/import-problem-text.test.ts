import { describe, expect, it } from 'vitest';
import { blockedText, importProblemText } from '../../../../../options/sections/import/import-problem-text';
import { type BlockedReason, blockedReasonText, type FileReason, fileReasonText, readImportFile } from '../../../../../src/core/import';
import { checkExportable } from '../../../../../src/core/kubelist';
import { archiveText as archived, itWithArchive } from '../../../../fixtures/archive';
import '../../../../fakes/browser';

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

describe('import problems, worded through the translations', () => {
  it('has an issue-level and an item-level export problem among the samples', () => {
    expect(exportProblems.map((p) => p.item)).toContain(null);
    expect(exportProblems.map((p) => p.item)).toContain(1);
  });

  it.each(reasons.map((reason) => [reason.code, reason] as const))('%s: the English is core’s', (_, reason) => {
    // A message the text must not fall back to: every known code is worded from _locales.
    expect(importProblemText({ line: 1, reason, message: 'not from the translations' })).toBe(fileReasonText(reason));
  });

  itWithArchive('words what the parser finds in a damaged file as the command line does', () => {
    const text = archived(117)
      .replace(/\n/g, '\r\n')
      .replace('1. [Panel', '1.\t[Panel')
      .replace('(https://youtu.be/sAiOqSmN-B0?t=114)', '(javascript:alert(1))')
      .replace('\r\n\r\n### [', '\r\n\r\nStray footnote\r\n\r\n### [');
    const { problems } = readImportFile('kubelist-118.md', `\ufeff${text}`);
    expect(problems.length).toBeGreaterThan(4);
    for (const problem of problems) expect(importProblemText(problem)).toBe(problem.message);
  });

  it('falls back to core’s English for a code it has no message for', () => {
    const reason = { code: 'somethingNew' } as unknown as FileReason;
    expect(importProblemText({ line: null, reason, message: 'Core’s English.' })).toBe('Core’s English.');
  });
});

describe('why a file cannot be imported', () => {
  const blocked: BlockedReason[] = [
    { code: 'noNumber' },
    { code: 'badNumber', number: 12345678 },
    { code: 'badDate', date: '2021-02-30' },
    { code: 'unsafeUrl', item: 2, url: '//evil.example/x' },
  ];

  it.each(blocked.map((reason) => [reason.code, reason] as const))('%s: the English is core’s', (_, reason) => {
    expect(blockedText({ blocked: 'not from the translations', blockedReason: reason })).toBe(blockedReasonText(reason));
  });

  itWithArchive('is what readImportFile says, or nothing for a file that can go in', () => {
    const readings = ['no heading here', archived(117).replace('for 2021-03-03', 'for 2021-02-30'), archived(117)].map((text) => readImportFile('x.md', text));
    expect(readings.map((r) => r.blockedReason?.code ?? null)).toEqual(['noNumber', 'badDate', null]);
    for (const reading of readings) expect(blockedText(reading)).toBe(reading.blocked ?? '');
    expect(blockedText({ blocked: 'Core’s English.', blockedReason: { code: 'somethingNew' } as unknown as BlockedReason })).toBe('Core’s English.');
  });
});
