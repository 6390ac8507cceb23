import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../../src/core/issue';
import { checkExportable, ExportBlockedError, formatIssue, type UrlProblem } from '../../../../src/core/kubelist';

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
    expect(problems).toEqual([{ item: 2, title: 'Clipped page', reason: { code: 'badUrl', url: code }, message: expect.stringContaining(why) }]);
    expect(problems[0]!.message).toMatch(/^Item 2 “Clipped page”: /);
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
    expect(problems.map((p) => [p.item, p.message.replace(/:.*/, ''), p.reason.code])).toEqual([
      [null, 'Issue', 'badNumber'],
      [null, 'Issue', 'badDate'],
      [2, 'Item 2 “”', 'noTitle'],
      [2, 'Item 2 “”', 'badUrl'],
      [4, 'Item 4 “Nul”', 'nulInItem'],
    ]);
    expect(blocked(issue).message).toContain('javascript:');
  });

  it('checks the configured issue link base too', () => {
    const issue = withSecond('Fine', 'https://example.com/');
    expect(checkExportable(issue, { issueUrlBase: 'javascript:alert(' })).toEqual([
      {
        item: null,
        title: '',
        reason: { code: 'badIssueUrlBase', base: 'javascript:alert(', url: { code: 'scheme', scheme: 'javascript' } },
        message: expect.stringContaining('javascript:'),
      },
    ]);
    expect(() => formatIssue(issue, { issueUrlBase: 'javascript:alert(' })).toThrow(ExportBlockedError);
  });
});
