import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/core/issue';
import { checkExportable } from '../../../src/core/kubelist';
import { exportProblemText } from '../../../src/text/export-problem-text';

const long = `A title long enough to be shortened: ${'x'.repeat(42)}…`;

describe('exportProblemText', () => {
  it('words every reason an export is blocked, naming the item by number and (shortened) title', () => {
    const urls = ['', 'ftp://x.test/', '/relative', ' https://x.test/', 'https://x.\ntest/', 'https:x.test'];
    const blocked: Issue = {
      number: 0,
      date: '2024-02-30',
      headline: 'a\u0000b <a href="vbscript:x">',
      intro: '[x](javascript:alert(1))',
      items: [
        { title: '', url: 'https://x.test/', commentary: 'nul \u0000 <img src=x onerror=alert(1)>' },
        ...urls.map((url) => ({ title: `A title long enough to be shortened: ${'x'.repeat(80)}`, url, commentary: 'c' })),
      ],
    };
    const problems = [...checkExportable(blocked), ...checkExportable({ ...blocked, number: 3 }, { issueUrlBase: 'javascript:' })];
    expect(new Set(problems.map((p) => p.reason.code))).toEqual(
      new Set(['badNumber', 'badDate', 'nulInIssue', 'badIssueUrlBase', 'noTitle', 'badUrl', 'nulInItem', 'unsafeMarkup']),
    );
    expect(new Set(problems.flatMap((p) => (p.reason.code === 'unsafeMarkup' ? [`${p.reason.field} ${p.reason.found.kind}`] : [])))).toEqual(
      new Set(['headline link', 'intro link', 'commentary handler']),
    );
    expect(new Set(problems.flatMap((p) => ('url' in p.reason ? [p.reason.url.code] : [])))).toEqual(
      new Set(['noUrl', 'scheme', 'notAbsolute', 'whitespace', 'control', 'noHost']),
    );
    const items = [
      'Item 1 “”: it has no title, so readers would see no link text.',
      'Item 1 “”: it contains a NUL character.',
      "Item 1 “”: its commentary holds HTML with an event handler (onerror), which would run code in readers' browsers.",
      `Item 2 “${long}”: it has no URL.`,
      `Item 3 “${long}”: its URL uses the ftp: scheme; only http: and https: links can be exported.`,
      `Item 4 “${long}”: its URL is not an absolute http: or https: address.`,
      `Item 5 “${long}”: its URL starts or ends with whitespace.`,
      `Item 6 “${long}”: its URL contains a line break, tab or other control character.`,
      `Item 7 “${long}”: its URL does not start with http:// or https:// followed by a host.`,
    ];
    expect(problems.map(exportProblemText)).toEqual([
      'Issue: the issue number must be a whole number from 1 up, not 0.',
      'Issue: the issue date must be a real date written YYYY-MM-DD, not “2024-02-30”.',
      'Issue: the headline or intro contains a NUL character.',
      "Issue: the headline holds a vbscript: link, which would run code in readers' browsers.",
      "Issue: the intro holds a javascript: link, which would run code in readers' browsers.",
      ...items,
      'Issue: the issue date must be a real date written YYYY-MM-DD, not “2024-02-30”.',
      'Issue: the headline or intro contains a NUL character.',
      'Issue: the issue link base “javascript:” is unusable: its URL uses the javascript: scheme; only http: and https: links can be exported.',
      "Issue: the headline holds a vbscript: link, which would run code in readers' browsers.",
      "Issue: the intro holds a javascript: link, which would run code in readers' browsers.",
      ...items,
    ]);
  });
});
