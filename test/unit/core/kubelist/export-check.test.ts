import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../../src/core/issue';
import { checkExportable, ExportBlockedError, formatIssue, type UrlProblem } from '../../../../src/core/kubelist';
import { exportProblemText } from '../../../../src/text/export-problem-text';

const ok = { title: 'Fine', url: 'https://example.com/', commentary: 'Good 🔊' };
const withSecond = (title: string, url: string): Issue => ({
  number: 12,
  date: '2024-05-01',
  headline: 'H',
  intro: 'I',
  items: [ok, { title, url, commentary: 'x' }, ok],
});

/** Runs formatIssue and returns the error it throws (failing the test when it does not throw). */
function blocked(issue: Issue): ExportBlockedError {
  try {
    formatIssue(issue);
  } catch (error) {
    if (error instanceof ExportBlockedError) return error;
    throw error;
  }
  throw new Error('formatIssue exported an issue it should have blocked');
}

describe('only http: and https: links are exportable', () => {
  const unsafe: Array<[string, string, UrlProblem]> = [
    ['javascript:alert(1)', 'javascript:', { code: 'scheme', scheme: 'javascript' }],
    ['JavaScript:alert(1)', 'javascript:', { code: 'scheme', scheme: 'javascript' }],
    ['JAVASCRIPT:alert(1)', 'javascript:', { code: 'scheme', scheme: 'javascript' }],
    [' javascript:alert(1)', 'javascript:', { code: 'scheme', scheme: 'javascript' }],
    ['\tjavascript:alert(1)', 'javascript:', { code: 'scheme', scheme: 'javascript' }],
    ['\u0001\u001fjavascript:alert(1)', 'javascript:', { code: 'scheme', scheme: 'javascript' }],
    ['java\tscr\nipt:alert(1)', 'javascript:', { code: 'scheme', scheme: 'javascript' }],
    ['data:text/html,<script>alert(1)</script>', 'data:', { code: 'scheme', scheme: 'data' }],
    ['DATA:text/html;base64,PHNjcmlwdD4=', 'data:', { code: 'scheme', scheme: 'data' }],
    ['file:///etc/passwd', 'file:', { code: 'scheme', scheme: 'file' }],
    ['vbscript:msgbox(1)', 'vbscript:', { code: 'scheme', scheme: 'vbscript' }],
    ['ftp://example.com/file', 'ftp:', { code: 'scheme', scheme: 'ftp' }],
    ['//evil.example/x', 'not an absolute', { code: 'notAbsolute' }],
    ['/relative/path', 'not an absolute', { code: 'notAbsolute' }],
    ['', 'no URL', { code: 'noUrl' }],
    ['   ', 'no URL', { code: 'noUrl' }],
    [' https://example.com/', 'whitespace', { code: 'whitespace' }],
    ['https://example.com/ ', 'whitespace', { code: 'whitespace' }],
    ['https://exa\nmple.com/', 'control character', { code: 'control' }],
    ['https:evil.example', 'does not start with http:// or https://', { code: 'noHost' }],
    ['https://', 'does not start with http:// or https://', { code: 'noHost' }],
  ];

  it.each(unsafe)('blocks %j and says why (%s), naming the item by number and title', (url, why, code) => {
    const issue = withSecond('Clipped page', url);
    const problems = checkExportable(issue);
    expect(problems).toEqual([{ item: 2, title: 'Clipped page', reason: { code: 'badUrl', url: code } }]);
    expect(exportProblemText(problems[0]!)).toContain(why);
    expect(exportProblemText(problems[0]!)).toMatch(/^Item 2 “Clipped page”: /);
    expect(blocked(issue).problems).toEqual(problems);
  });

  it.each(['http://example.com/', 'https://example.com/a?b=1', 'HTTPS://EXAMPLE.COM/', 'https://bücher.de/ä (1)'])('exports %j', (url) => {
    expect(checkExportable(withSecond('Clipped page', url))).toEqual([]);
    expect(formatIssue(withSecond('Clipped page', url))).toContain('1. [Clipped page](');
  });

  it('reports every offending item, and the issue itself, in one go', () => {
    const issue: Issue = { ...withSecond('', 'javascript:x'), number: 0, date: '2024-02-30' };
    issue.items.push({ title: 'Nul', url: 'https://e.com/', commentary: 'a\u0000b' });
    const problems = checkExportable(issue);
    expect(problems.map((p) => [p.item, exportProblemText(p).replace(/:.*/, ''), p.reason.code])).toEqual([
      [null, 'Issue', 'badNumber'],
      [null, 'Issue', 'badDate'],
      [2, 'Item 2 “”', 'noTitle'],
      [2, 'Item 2 “”', 'badUrl'],
      [4, 'Item 4 “Nul”', 'nulInItem'],
    ]);
    expect(blocked(issue).problems).toEqual(problems);
  });

  it('throws the problems as codes and values, for the pages and the command line to word', () => {
    const error = blocked(withSecond('Clipped page', 'javascript:alert(1)'));
    expect(error.problems).toEqual([{ item: 2, title: 'Clipped page', reason: { code: 'badUrl', url: { code: 'scheme', scheme: 'javascript' } } }]);
    // A stack trace names the codes; no English sentence that a page could show untranslated.
    expect(error.message).toBe('exportBlocked [{"item":2,"reason":{"code":"badUrl","url":{"code":"scheme","scheme":"javascript"}}}]');
  });

  it('checks the configured issue link base too', () => {
    const issue = withSecond('Fine', 'https://example.com/');
    expect(checkExportable(issue, { issueUrlBase: 'javascript:alert(' })).toEqual([
      {
        item: null,
        title: '',
        reason: { code: 'badIssueUrlBase', base: 'javascript:alert(', url: { code: 'scheme', scheme: 'javascript' } },
      },
    ]);
    expect(() => formatIssue(issue, { issueUrlBase: 'javascript:alert(' })).toThrow(ExportBlockedError);
  });
});

// Issue 12: headline, intro and commentary are exported as written, and a Markdown renderer with
// HTML on makes whatever they hold live in readers' browsers.
describe('no javascript:, data: or vbscript: link and no event handler is exported', () => {
  const unsafe: Array<[string, { kind: 'link'; scheme: string } | { kind: 'handler'; attribute: string }]> = [
    ['[click](javascript:alert(1))', { kind: 'link', scheme: 'javascript' }],
    ['[click]( <JavaScript:alert(1)> )', { kind: 'link', scheme: 'javascript' }],
    ['[click](&#106;avascript&colon;alert(1))', { kind: 'link', scheme: 'javascript' }],
    ['[click](javascript\\:alert(1))', { kind: 'link', scheme: 'javascript' }],
    ['![x](data:image/svg+xml;base64,PHN2Zz4=)', { kind: 'link', scheme: 'data' }],
    ['[x][r]\n\n[r]: vbscript:msgbox(1)', { kind: 'link', scheme: 'vbscript' }],
    ['see <javascript:alert(1)>', { kind: 'link', scheme: 'javascript' }],
    ['<a href="javascript:alert(1)">click</a>', { kind: 'link', scheme: 'javascript' }],
    ["<a href=' java\tscript:alert(1)'>click</a>", { kind: 'link', scheme: 'javascript' }],
    ['<a HREF=&#x6A;avascript:alert(1)>click</a>', { kind: 'link', scheme: 'javascript' }],
    // A browser reads any number of digits in an HTML reference, leading zeros and all.
    ['<a href="&#00000000106;avascript:alert(1)">click</a>', { kind: 'link', scheme: 'javascript' }],
    ['<a href="&#x000000006A;avascript:alert(1)">click</a>', { kind: 'link', scheme: 'javascript' }],
    ['<iframe src="data:text/html,<script>alert(1)</script>"></iframe>', { kind: 'link', scheme: 'data' }],
    ['<img srcset="a.png 1x, data:image/png;base64,AA 2x">', { kind: 'link', scheme: 'data' }],
    ['<img src=x onerror=alert(1)>', { kind: 'handler', attribute: 'onerror' }],
    ['<img/src="x"/ONERROR="alert(1)">', { kind: 'handler', attribute: 'onerror' }],
    ['<svg\nonload="alert(1)">', { kind: 'handler', attribute: 'onload' }],
    ['<a href="https://example.com/" onmouseover="x()">ok</a>', { kind: 'handler', attribute: 'onmouseover' }],
  ];

  it.each(unsafe)('blocks commentary %j and names the item', (commentary, found) => {
    const issue: Issue = {
      ...withSecond('Clipped page', 'https://example.com/'),
      items: [ok, { title: 'Clipped page', url: 'https://example.com/', commentary }],
    };
    const problems = checkExportable(issue);
    expect(problems).toEqual([
      {
        item: 2,
        title: 'Clipped page',
        reason: { code: 'unsafeMarkup', field: 'commentary', found },
      },
    ]);
    expect(exportProblemText(problems[0]!)).toMatch(/^Item 2 “Clipped page”: its commentary holds /);
    expect(blocked(issue).problems).toEqual(problems);
  });

  it.each(unsafe)('blocks it in the intro and the headline too: %j', (text, found) => {
    const issue: Issue = { ...withSecond('Fine', 'https://example.com/'), headline: text.replace(/\n/g, ' '), intro: text };
    expect(checkExportable(issue).map((p) => [p.item, p.reason])).toEqual([
      [null, { code: 'unsafeMarkup', field: 'headline', found }],
      [null, { code: 'unsafeMarkup', field: 'intro', found }],
    ]);
  });

  it.each([
    'Read <a href="https://example.com/a">the post</a> &amp; [the docs](https://example.com/docs).',
    'data: the new oil. Kubernetes: the new OS. <em>On</em> one=two',
    '<a href="mailto:news@example.com">Write to us</a>',
    '\\[not a link\\](javascript:alert(1)) and &lt;img src=x onerror=alert(1)>',
    '`a` javascript:alert(1) without a link around it',
  ])('exports %j, which holds nothing that runs', (commentary) => {
    expect(checkExportable({ ...withSecond('Fine', 'https://example.com/'), intro: commentary, items: [{ ...ok, commentary }] })).toEqual([]);
  });

  it('never blocks a title: it is escaped to plain link text', () => {
    const title = '<img src=x onerror=alert(1)> [x](javascript:alert(1))';
    expect(formatIssue(withSecond(title, 'https://example.com/'))).toContain('\\<img src=x onerror=alert(1)> \\[x\\](javascript:alert(1))');
  });
});
