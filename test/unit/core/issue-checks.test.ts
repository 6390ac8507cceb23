import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/core/issue';
import { checkIssue } from '../../../src/core/issue-checks';
import { parseIssue } from '../../../src/core/kubelist';
import { archiveText, itWithArchive } from '../../fixtures/archive';
import { syntheticIssue } from '../../fixtures/synthetic-issues';

const base: Issue = { number: 5, date: '2021-01-06', headline: 'Headline 🔊', intro: 'Intro', items: [] };
const item = (title: string, url: string, commentary = 'A blurb. 🔊') => ({ title, url, commentary });

describe('checkIssue', () => {
  it('finds nothing in a clean issue (the synthetic #150)', () => {
    expect(checkIssue(parseIssue(syntheticIssue(150)).issue)).toEqual([]);
  });

  itWithArchive('finds nothing in a clean archived issue', () => {
    expect(checkIssue(parseIssue(archiveText(117)).issue)).toEqual([]);
  });

  it('blocks unsafe links, naming the item', () => {
    const [check] = checkIssue({ ...base, items: [item('Click me', 'javascript:alert(1)')] });
    expect(check).toMatchObject({ severity: 'block', item: 1, code: 'exportBlocked', problem: { item: 1, reason: { code: 'badUrl' } } });
  });

  it('warns about empty blurbs and a missing headline', () => {
    const checks = checkIssue({ ...base, headline: ' ', items: [item('A', 'https://example.test/a', '  ')] });
    expect(checks).toEqual([
      { severity: 'warn', item: null, code: 'noHeadline' },
      { severity: 'warn', item: 1, code: 'emptyBlurb', title: 'A' },
    ]);
  });

  it('warns about the same page linked twice, whatever tracking it carries', () => {
    const checks = checkIssue({ ...base, items: [item('A', 'https://www.example.test/post/'), item('B', 'http://example.test/post?utm_source=x')] });
    expect(checks).toEqual([{ severity: 'warn', item: 2, code: 'sameLinkAs', title: 'B', first: 1 }]);
  });

  it('warns about links featured in earlier issues', () => {
    const earlier = (url: string) => (url.includes('old') ? [{ number: 93, date: '2020-12-02' }] : []);
    const checks = checkIssue({ ...base, items: [item('Old', 'https://example.test/old'), item('New', 'https://example.test/new')] }, earlier);
    expect(checks).toEqual([{ severity: 'warn', item: 1, code: 'featuredBefore', title: 'Old', earlier: [{ number: 93, date: '2020-12-02' }] }]);
  });

  it('warns about titles that still carry the site name, and says what the clean one would be', () => {
    const [check] = checkIssue({
      ...base,
      items: [item('GitHub - kubernetes/kubernetes: Production-Grade Container Orchestration', 'https://github.com/kubernetes/kubernetes')],
    });
    expect(check).toMatchObject({ code: 'siteNameLeft', cleaned: 'kubernetes/kubernetes: Production-Grade Container Orchestration' });
  });

  it('warns about a title that is only the site name, except for a link to the site itself', () => {
    const checks = checkIssue({
      ...base,
      items: [
        item('GitHub', 'https://github.com/kubernetes-sigs/kueue'),
        item('kueue', 'https://github.com/kubernetes-sigs/kueue/'),
        item('Kyverno', 'https://kyverno.io/'),
      ],
    });
    expect(checks).toEqual([
      { severity: 'warn', item: 1, code: 'titleOnlySiteName', title: 'GitHub' },
      { severity: 'warn', item: 2, code: 'sameLinkAs', title: 'kueue', first: 1 },
    ]);
  });

  it('warns about a section holding more items than its limit, once per section', () => {
    const sections = [
      { name: 'News', limit: 1 },
      { name: 'Tools', limit: null },
      { name: 'Tweet of the week', limit: 1 },
    ];
    const items = [
      { ...item('A', 'https://example.test/a'), section: 'News' },
      { ...item('B', 'https://example.test/b'), section: 'news' },
      { ...item('C', 'https://example.test/c'), section: 'Tools' },
      { ...item('D', 'https://example.test/d'), section: 'Tools' },
      { ...item('E', 'https://example.test/e'), section: 'Tweet of the week' },
    ];
    expect(checkIssue({ ...base, items }, undefined, undefined, sections)).toEqual([
      { severity: 'warn', item: null, code: 'sectionOverLimit', section: 'News', count: 2, limit: 1 },
    ]);
    expect(checkIssue({ ...base, items })).toEqual([]);
  });

  it('warns about mojibake', () => {
    const checks = checkIssue({ ...base, intro: 'Weâ€™re back', items: [item('OK', 'https://a.test/', 'Itâ€™s good')] });
    expect(checks.map((c) => c.item)).toEqual([null, 1]);
    expect(checks.map((c) => c.code)).toEqual(['garbledIssueText', 'garbledItem']);
  });
});
