// The statistics of the real published archive: the numbers a curator can check by hand.
import { describe, expect, it } from 'vitest';
import { archiveStats, emojiUsed, issuesPerMonth, itemsPerIssue, repeatedLinks, type StatsIssue, topSites } from '../../../../src/core/archive-stats';
import { parseIssue } from '../../../../src/core/kubelist';
import { describeWithArchive, readArchive } from '../../../fixtures/archive';

describeWithArchive('the statistics of the Kubelist archive', () => {
  const archive: StatsIssue[] = [...readArchive().values()].map((text) => parseIssue(text).issue);
  const stats = archiveStats(archive);

  it('counts 133 issues and 886 items', () => {
    expect(stats.issues).toBe(133);
    expect(stats.items).toBe(886);
  });

  it('lists every month from February 2018 to July 2021, the pause from September 2019 to March 2020 as zeros', () => {
    expect(stats.perMonth[0]).toEqual({ month: '2018-02', issues: 2 });
    expect(stats.perMonth.at(-1)).toEqual({ month: '2021-07', issues: 2 });
    expect(stats.perMonth).toHaveLength(42);
    expect(stats.perMonth.reduce((sum, month) => sum + month.issues, 0)).toBe(133);
    const pause = stats.perMonth.filter((month) => month.month >= '2019-09' && month.month <= '2020-03');
    expect(pause.map((month) => month.issues)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(stats.perMonth.find((month) => month.month === '2021-03')).toEqual({ month: '2021-03', issues: 5 });
  });

  it('gives items per issue from 1 (#87, "No Issue") to 9, median 7', () => {
    expect(stats.itemsPerIssue).toMatchObject({ min: 1, median: 7, max: 9 });
    expect(stats.itemsPerIssue.distribution).toEqual([
      { items: 1, issues: 1 },
      { items: 5, issues: 2 },
      { items: 6, issues: 46 },
      { items: 7, issues: 74 },
      { items: 8, issues: 9 },
      { items: 9, issues: 1 },
    ]);
  });

  it('ranks the most featured sites by registrable domain, Twitter first (the tweet of the week)', () => {
    expect(stats.topSites).toHaveLength(15);
    expect(stats.topSites.slice(0, 5)).toEqual([
      { name: 'twitter.com', count: 131 },
      { name: 'medium.com', count: 66 },
      { name: 'github.com', count: 45 },
      { name: 'youtube.com', count: 30 },
      { name: 'kubernetes.io', count: 27 },
    ]);
  });

  it('counts the emoji blurbs end with: 255 of 886 blurbs have one, ⚡ the favourite, ☁ with or without VS16 as one', () => {
    expect(stats.emoji.withEmoji).toBe(255);
    expect(stats.emoji.withoutEmoji).toBe(631);
    expect(stats.emoji.top).toHaveLength(20);
    expect(stats.emoji.top.slice(0, 4)).toEqual([
      { name: '⚡', count: 8 },
      { name: '☁', count: 6 },
      { name: '🎉', count: 6 },
      { name: '🔒', count: 6 },
    ]);
  });

  it('finds the 20 links featured twice, with the issues and item places they appeared at', () => {
    expect(stats.repeatedLinks.total).toBe(20);
    expect(stats.repeatedLinks.links).toHaveLength(20);
    expect(stats.repeatedLinks.links.every((link) => link.count === 2 && link.appearances.length === 2)).toBe(true);
    const pairs = Object.fromEntries(stats.repeatedLinks.links.map((link) => [link.key, link.appearances.map((a) => a.number)]));
    expect(pairs).toMatchObject({
      'sysdig.com/blog/kubernetes-scaler': [2, 59],
      'k3s.io': [54, 134],
      'github.com/Comcast/kuberhealthy': [52, 121],
      'curiefense.io': [121, 124],
      'popcast-d9f7b6dc.simplecast.com': [102, 119],
    });
    // Newest repeat first.
    expect(stats.repeatedLinks.links[0]!.key).toBe('k3s.io');
    const k3s = stats.repeatedLinks.links[0]!.appearances[1]!;
    expect(archive.find((issue) => issue.number === 134)!.items[k3s.ordinal - 1]!.url).toBe(k3s.url);
  });
});

describe('the statistics on small inputs', () => {
  const issue = (number: number, date: string, urls: string[], commentary = ''): StatsIssue => ({
    number,
    date,
    items: urls.map((url) => ({ title: url, url, commentary })),
  });

  it('are empty, not failing, for an empty archive', () => {
    expect(archiveStats([])).toMatchObject({ issues: 0, items: 0, perMonth: [], topSites: [], repeatedLinks: { total: 0, links: [] } });
    expect(itemsPerIssue([])).toEqual({ min: 0, median: 0, max: 0, distribution: [] });
  });

  it('crosses year ends when filling months, and takes the mean of the middle two for an even median', () => {
    expect(issuesPerMonth([issue(1, '2020-11-04', []), issue(2, '2021-02-03', [])]).map((m) => `${m.month}:${m.issues}`)).toEqual([
      '2020-11:1',
      '2020-12:0',
      '2021-01:0',
      '2021-02:1',
    ]);
    expect(itemsPerIssue([issue(1, '2021-01-01', ['a', 'b']), issue(2, '2021-01-08', ['a', 'b', 'c'])]).median).toBe(2.5);
  });

  it('groups sites by registrable domain and skips links that are not web addresses', () => {
    const sites = topSites([
      issue(1, '2021-01-01', ['https://blog.example.co.uk/a', 'http://www.example.co.uk/b', 'mailto:x@y.z', 'not a url', 'https://other.dev/']),
    ]);
    expect(sites).toEqual([
      { name: 'example.co.uk', count: 2 },
      { name: 'other.dev', count: 1 },
    ]);
  });

  it('counts an emoji with and without VS16 as one, shown as spelled most often', () => {
    const blurbs = ['Safe 🛡', 'Safer 🛡', 'Safest 🛡️', 'Fast ⚡🛡', 'No emoji ©'];
    const usage = emojiUsed([{ number: 1, date: '2021-01-01', items: blurbs.map((commentary) => ({ title: '', url: '', commentary })) }]);
    expect(usage).toEqual({
      top: [
        { name: '🛡', count: 4 },
        { name: '⚡', count: 1 },
      ],
      withEmoji: 4,
      withoutEmoji: 1,
    });
  });

  it('compares links by urlKey: scheme, www, tracking parameters and a trailing slash do not make another link', () => {
    const links = repeatedLinks([
      issue(1, '2021-01-01', ['https://www.example.com/post/', 'https://other.example/']),
      issue(2, '2021-01-08', ['http://example.com/post?utm_source=feed']),
    ]);
    expect(links.total).toBe(1);
    expect(links.links).toEqual([
      {
        key: 'example.com/post',
        count: 2,
        appearances: [
          { number: 1, date: '2021-01-01', ordinal: 1, title: 'https://www.example.com/post/', url: 'https://www.example.com/post/' },
          { number: 2, date: '2021-01-08', ordinal: 1, title: 'http://example.com/post?utm_source=feed', url: 'http://example.com/post?utm_source=feed' },
        ],
      },
    ]);
  });
});

describe('the repeated links, bounded', () => {
  const issueOf = (number: number, urls: string[]): StatsIssue => ({
    number,
    date: '2021-01-01',
    items: urls.map((url) => ({ title: url, url, commentary: '' })),
  });

  it('lists the 50 most repeated of 60, each with its count and its latest 10 appearances, and says there are 60', () => {
    // Link n is in issues 1..(n + 2): link 59 the most repeated, link 0 the least.
    const urls = Array.from({ length: 60 }, (_, n) => `https://example.com/${n}`);
    const issues = Array.from({ length: 61 }, (_, i) =>
      issueOf(
        i + 1,
        urls.filter((_, n) => i < n + 2),
      ),
    );
    const { total, links } = repeatedLinks(issues);
    expect(total).toBe(60);
    expect(links).toHaveLength(50);
    expect(links[0]).toMatchObject({ key: 'example.com/59', count: 61 });
    expect(links[0]!.appearances.map((a) => a.number)).toEqual([52, 53, 54, 55, 56, 57, 58, 59, 60, 61]);
    expect(links.at(-1)).toMatchObject({ key: 'example.com/10', count: 12 });
  });

  it('ranks links repeated as often with the same latest issue by their place in it, whatever order the issues come in', () => {
    const issues = [issueOf(1, ['https://b.example/', 'https://a.example/']), issueOf(2, ['https://b.example/', 'https://a.example/'])];
    const keys = (input: StatsIssue[]) => repeatedLinks(input).links.map((link) => link.key);
    expect(keys(issues)).toEqual(['b.example', 'a.example']);
    expect(keys([...issues].reverse())).toEqual(['b.example', 'a.example']);
  });
});
