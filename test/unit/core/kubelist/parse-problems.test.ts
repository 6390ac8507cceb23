// parseIssue on damaged or foreign input: it never throws, never invents items, and says what
// is wrong and on which line.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { MAX_INPUT_CHARS, type ParseProblem, parseIssue } from '../../../../src/core/kubelist';
import { parseProblemText } from '../../../../src/text/parse-problem-text';
import { archiveText as archived, archivePresent, describeWithArchive } from '../../../fixtures/archive';

// '' only keeps the module loading without the archive: the tests that use it are skipped then.
const text117 = archivePresent ? archived(117) : '';
const lines117 = text117.split('\n');
/** 1-based line of the first line starting with `prefix`. */
const lineStarting = (lines: string[], prefix: string, from = 0) => lines.findIndex((l, i) => i >= from && l.startsWith(prefix)) + 1;
const itemLines = (text: string) =>
  text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .filter((line) => /^\d+\./.test(line)).length;
/** The problems with the sentence the import preview and the command line show for each. */
const worded = (problems: ParseProblem[]) => problems.map(({ line, reason }) => ({ line, reason, message: parseProblemText(reason) }));
/** parseIssue, its problems worded. */
const parseWorded = (text: string) => {
  const { issue, problems } = parseIssue(text);
  return { issue, problems: worded(problems) };
};

describeWithArchive('parseIssue on bad input', () => {
  it('reports an item cut off inside its URL, keeps no partial URL, and reports the missing footer', () => {
    const cut = text117.slice(0, text117.indexOf('https://backstage.io/blog/') + 30);
    const { issue, problems } = parseIssue(cut);
    expect(issue.items).toHaveLength(2);
    expect(issue.items[1]).toEqual({ title: 'New Backstage feature: Kubernetes for Service owners', url: '', commentary: '' });
    const cutLine = cut.split('\n').length;
    expect(worded(problems)).toEqual([
      { line: cutLine, reason: expect.objectContaining({ code: 'brokenLink' }), message: expect.stringMatching(/^Item 2 “New Backstage feature.*cut off/) },
      { line: cutLine, reason: expect.objectContaining({ code: 'endsInItem' }), message: expect.stringContaining('ends inside item 2') },
      { line: cutLine, reason: expect.objectContaining({ code: 'noFooter' }), message: expect.stringMatching(/footer .* is missing.*item \(2/) },
    ]);
  });

  it('reports an item cut off inside its commentary through the missing footer', () => {
    const cut = `${lines117.slice(0, 8).join('\n')}\n    The Backstage team is ans`;
    const { issue, problems } = parseIssue(cut);
    expect(issue.items.map((i) => i.commentary)).toEqual(['The Backstage team is ans']);
    expect(worded(problems)).toEqual([
      { line: 9, reason: expect.objectContaining({ code: 'noFooter' }), message: expect.stringContaining('The last item (1, “We’re the engineers') },
    ]);
  });

  it('reports items without a URL and keeps them, without their URL', () => {
    const text = lines117
      .map((line) =>
        line
          .replace(
            '1. [What the Heck is Backstage Anyway?](https://engineering.atspotify.com/2020/03/17/what-the-heck-is-backstage-anyway/)',
            '1. What the Heck is Backstage Anyway?',
          )
          .replace('](https://rnd.atspotify.com/how-we-use-backstage-at-spotify/)', ']'),
      )
      .join('\n');
    const { issue, problems } = parseIssue(text);
    expect(issue.items).toHaveLength(7);
    expect(issue.items[2]).toMatchObject({ title: 'What the Heck is Backstage Anyway?', url: '' });
    expect(issue.items[4]).toMatchObject({ title: 'How We Use Backstage at Spotify', url: '' });
    expect(worded(problems)).toEqual([
      {
        line: lineStarting(lines117, '1. [What the Heck'),
        reason: expect.objectContaining({ code: 'noLink' }),
        message: expect.stringContaining('Item 3 has no link'),
      },
      {
        line: lineStarting(lines117, '1. [How We Use'),
        reason: { code: 'brokenLink', item: 5, title: 'How We Use Backstage at Spotify', why: 'no-url' },
        message: expect.stringContaining('Item 5 “How We Use Backstage at Spotify”: the title is not followed by `(url)`'),
      },
    ]);
  });

  it('reads CRLF files, saying the export will use LF', () => {
    const { issue, problems } = parseIssue(text117.replace(/\n/g, '\r\n'));
    expect(issue).toEqual(parseIssue(text117).issue);
    expect(worded(problems)).toEqual([{ line: 1, reason: expect.objectContaining({ code: 'lineEndings' }), message: expect.stringContaining('CR LF') }]);
  });

  it('reads a file with a BOM, saying the export will not have one', () => {
    const { issue, problems } = parseIssue(`\ufeff${text117}`);
    expect(issue).toEqual(parseIssue(text117).issue);
    expect(worded(problems)).toEqual([
      { line: 1, reason: expect.objectContaining({ code: 'byteOrderMark' }), message: expect.stringContaining('byte order mark') },
    ]);
  });

  it('reads commentary indented with a tab and an item marker followed by a tab', () => {
    const text = text117.replace('\n    The Backstage team', '\n\tThe Backstage team').replace('1. [How We Use', '1.\t[How We Use');
    const { issue, problems } = parseIssue(text);
    expect(issue).toEqual(parseIssue(text117).issue);
    expect(worded(problems)).toEqual([
      { line: 9, reason: expect.objectContaining({ code: 'tabIndent' }), message: expect.stringContaining('indented with a tab') },
      {
        line: lineStarting(lines117, '1. [How We Use'),
        reason: expect.objectContaining({ code: 'itemMarker' }),
        message: expect.stringContaining('starts with “1.\t”'),
      },
    ]);
  });

  it('refuses binary content (NUL bytes) and reads nothing', () => {
    const png = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR1. [x](https://e.com)';
    expect(parseWorded(png)).toEqual({
      issue: { number: 0, date: '', headline: '', intro: '', items: [] },
      problems: [{ line: 3, reason: expect.objectContaining({ code: 'binary' }), message: expect.stringContaining('binary') }],
    });
  });

  it('reports replacement characters on their lines and still reads the rest', () => {
    const damaged = lines117.map((line, i) => (i === 6 || i === 9 ? line.replace('e', '\ufffd') : line)).join('\n');
    const { issue, problems } = parseIssue(damaged);
    expect(issue.items).toHaveLength(7);
    expect(worded(problems)).toEqual([
      { line: 7, reason: expect.objectContaining({ code: 'replacementChars' }), message: expect.stringContaining('U+FFFD') },
      { line: 10, reason: expect.objectContaining({ code: 'replacementChars' }), message: expect.stringContaining('U+FFFD') },
    ]);
  });

  it('refuses input over the size limit without reading it', () => {
    const huge = text117 + '\n'.repeat(MAX_INPUT_CHARS);
    expect(parseWorded(huge)).toEqual({
      issue: { number: 0, date: '', headline: '', intro: '', items: [] },
      problems: [{ line: 1, reason: expect.objectContaining({ code: 'tooLarge' }), message: expect.stringContaining('too large') }],
    });
    expect(parseWorded(text117.padEnd(MAX_INPUT_CHARS, ' ')).problems).not.toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('too large') }),
    );
  });

  it('reports a missing heading, headline and intro, a line break after the footer, and a wrong footer', () => {
    const text = `${lines117.slice(6).join('\n')}\n`;
    const { issue, problems } = parseIssue(text);
    expect(issue.items).toHaveLength(7);
    expect(worded(problems)).toEqual([
      { line: 1, reason: expect.objectContaining({ code: 'noHeading' }), message: expect.stringContaining('heading') },
      { line: 1, reason: expect.objectContaining({ code: 'noHeadline' }), message: expect.stringContaining('headline') },
      { line: 1, reason: expect.objectContaining({ code: 'noIntro' }), message: expect.stringContaining('intro') },
      {
        line: lines117.length - 6,
        reason: expect.objectContaining({ code: 'lineBreakAfterFooter' }),
        message: expect.stringContaining('line break after the footer'),
      },
    ]);
    const wrongFooter = parseIssue(text117.replace('kubelist-118.md)', 'kubelist-200.md)'));
    expect(worded(wrongFooter.problems)).toEqual([
      { line: lines117.length, reason: expect.objectContaining({ code: 'wrongFooter' }), message: expect.stringContaining('kubelist-118.md') },
    ]);
  });

  it('reports stray text instead of dropping it silently', () => {
    const text = text117.replace('\n\n1. [We’re', '\n\nStray paragraph\n1. [We’re').replace('\n\n### [', '\n\nStray footnote\n\n### [');
    const { issue, problems } = parseIssue(text);
    expect(issue).toEqual(parseIssue(text117).issue);
    expect(worded(problems)).toEqual([
      { line: 7, reason: expect.objectContaining({ code: 'unexpectedText' }), message: expect.stringContaining('“Stray paragraph”') },
      { line: lines117.length + 1, reason: expect.objectContaining({ code: 'unexpectedText' }), message: expect.stringContaining('“Stray footnote”') },
    ]);
  });

  it('reads a plain line right after a commentary as part of it, as CommonMark does', () => {
    const text = text117.replace('\n1. [New Backstage', '\nStill the same paragraph\n1. [New Backstage');
    expect(parseIssue(text).issue.items[0]!.commentary).toMatch(/asked today!\nStill the same paragraph$/);
  });

  it('flags a javascript: link on import, so the preview can show it', () => {
    const { problems } = parseIssue(text117.replace('(https://youtu.be/sAiOqSmN-B0?t=114)', '(javascript:alert(1))'));
    expect(worded(problems)).toEqual([
      { line: lineStarting(lines117, '1. [Panel'), reason: expect.objectContaining({ code: 'badUrl' }), message: expect.stringContaining('javascript:') },
    ]);
  });

  it('reads hostile input near the size limit, with a bounded list of problems', () => {
    const blanks = text117.replace('today!\n1. [New', `today!${'\n'.repeat(MAX_INPUT_CHARS / 2)}    still item 1\n1. [New`);
    const blankParse = parseIssue(blanks);
    expect(blankParse.issue.items).toHaveLength(7);
    expect(blankParse.issue.items[0]!.commentary).toMatch(/today!\n{500000,}still item 1$/);
    expect(worded(blankParse.problems)).toEqual([
      { line: 10, reason: expect.objectContaining({ code: 'blankInCommentary' }), message: expect.stringContaining('blank lines inside the commentary') },
    ]);

    const count = 400_000;
    const items = parseIssue('1. x\n'.repeat(count));
    expect(items.issue.items).toHaveLength(count);
    expect(items.problems.length).toBeLessThanOrEqual(210);
    expect(parseProblemText(items.problems.at(-1)!.reason)).toContain('only the first ones are listed');
  });

  it('never throws on arbitrary text, never invents items, and keeps line numbers in range', () => {
    const chunk = fc.constantFrom(
      '1. ',
      '1. [',
      '](',
      ')',
      '[',
      '\n',
      '\r\n',
      '\r',
      '    ',
      '\t',
      '> ',
      '#### ',
      '## [Kubelist Issue #3 for 2020-01-01](x)',
      '### [ << Prev ](kubelist-2.md) ------------- [ Next >> ](kubelist-4.md)',
      'text',
      '\ufeff',
      '\ufffd',
      '',
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(chunk, { maxLength: 40 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const { issue, problems } = parseIssue(input);
        const lineCount = input.split(/\r\n|\r|\n/).length;
        expect(issue.items.length).toBeLessThanOrEqual(itemLines(input));
        for (const p of problems) expect(p.line >= 1 && p.line <= lineCount, `${p.line} of ${lineCount}: ${p.reason.code}`).toBe(true);
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 500) },
    );
  });
});
