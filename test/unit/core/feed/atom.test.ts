import { describe, expect, it } from 'vitest';
import { ATOM_NAMESPACE, atomFeed, atomFeedWriter, type FeedMeta } from '../../../../src/core/feed';
import type { Issue } from '../../../../src/core/issue';
import { parseIssue } from '../../../../src/core/kubelist/parse-issue';
import { describeWithArchive, readArchiveIfPresent } from '../../../fixtures/archive';
import { childrenNamed, parseXml, type XmlElement } from '../../../fixtures/parse-xml';

const META: FeedMeta = { newsletterName: 'Kubelist', issueUrlBase: 'https://kubelist.com/issue/' };
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const issue = (number: number, overrides: Partial<Issue> = {}): Issue => ({
  number,
  date: `2021-03-${String(number).padStart(2, '0')}`,
  headline: `Headline ${number}`,
  intro: 'An intro.',
  items: [{ title: 'A link', url: 'https://example.com/a', commentary: 'Worth a read.' }],
  ...overrides,
});

const one = (element: XmlElement, local: string): XmlElement => {
  const found = childrenNamed(element, local);
  expect(found, local).toHaveLength(1);
  return found[0]!;
};

/** Every Atom rule the feed's readers rely on: namespace, ids, titles, dates, the feed's updated. */
function checkAtom(feed: XmlElement): XmlElement[] {
  expect(feed.local).toBe('feed');
  expect(feed.uri).toBe(ATOM_NAMESPACE);
  expect(one(feed, 'id').text).not.toBe('');
  one(feed, 'title');
  expect(one(one(feed, 'author'), 'name').text).not.toBe('');
  const entries = childrenNamed(feed, 'entry');
  for (const entry of entries) {
    expect(entry.uri).toBe(ATOM_NAMESPACE);
    expect(one(entry, 'id').text).toMatch(/^(https?:|tag:)/);
    expect(one(entry, 'title').text).not.toBe('');
    expect(one(entry, 'updated').text).toMatch(RFC3339);
    expect(Number.isNaN(Date.parse(one(entry, 'updated').text))).toBe(false);
    expect(one(entry, 'content').attributes.type).toBe('html');
  }
  const ids = entries.map((entry) => one(entry, 'id').text);
  expect(new Set(ids).size).toBe(ids.length);
  const latest = Math.max(...entries.map((entry) => Date.parse(one(entry, 'updated').text)));
  if (entries.length > 0) expect(Date.parse(one(feed, 'updated').text)).toBe(latest);
  return entries;
}

/** What a feed reader would render: no script, no event attribute, links only to web pages. */
function checkContentHtml(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<[^>]+\son\w+\s*=/i);
  for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https?:\/\//);
}

describeWithArchive('the feed of the published archive', () => {
  const issues = [...readArchiveIfPresent().values()].map((text) => parseIssue(text).issue);

  it('is well-formed Atom with one entry per issue, newest first', () => {
    const text = atomFeed(issues, META);
    const entries = checkAtom(parseXml(text));
    expect(entries).toHaveLength(issues.length);
    expect(issues.length).toBe(133);
    const numbers = issues.map((i) => i.number).sort((a, b) => b - a);
    expect(entries.map((entry) => one(entry, 'id').text)).toEqual(numbers.map((n) => `https://kubelist.com/issue/${n}`));
    for (const entry of entries) checkContentHtml(one(entry, 'content').text);
  });

  it("carries every item's link and the intro's links in the entry's content", () => {
    const text = atomFeed(issues, META);
    const entries = childrenNamed(parseXml(text), 'entry');
    for (const source of issues) {
      const entry = entries.find((e) => one(e, 'id').text === `https://kubelist.com/issue/${source.number}`)!;
      const html = one(entry, 'content').text;
      expect(one(entry, 'title').text).toBe(`#${source.number}: ${source.headline.trim()}`);
      expect(one(entry, 'link').attributes.href).toBe(`https://kubelist.com/issue/${source.number}`);
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map(([, href]) => href!.replace(/&amp;/g, '&'));
      for (const item of source.items) expect(hrefs.some((href) => decodeURI(href) === decodeURI(item.url))).toBe(true);
      for (const [, link] of source.intro.matchAll(/<a href="(https?:[^"]*)">/g)) expect(hrefs.some((href) => decodeURI(href) === decodeURI(link!))).toBe(true);
    }
  });

  it('is written the same whichever order the issues are added in', () => {
    expect(atomFeed([...issues].reverse(), META)).toBe(atomFeed(issues, META));
  });
});

describe('atomFeed', () => {
  it('escapes &, <, > and " in titles, headlines, intros and links', () => {
    const hostile = issue(7, {
      headline: 'Tom & Jerry </title></entry><script>alert(1)</script> "quoted"',
      intro: 'Fish & <chips> "x" <a href="https://example.com/?a=1&b=2">A & B</a>',
      items: [{ title: '</content><script>alert(1)</script>', url: 'https://example.com/?q="a"&b=<c>', commentary: '<img src=x onerror=alert(1)> & more' }],
    });
    const feed = parseXml(atomFeed([hostile], META));
    const [entry] = checkAtom(feed);
    expect(one(entry!, 'title').text).toBe('#7: Tom & Jerry </title></entry><script>alert(1)</script> "quoted"');
    const html = one(entry!, 'content').text;
    checkContentHtml(html);
    expect(html).toContain('&lt;/content&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; more');
    expect(html).toContain('<a href="https://example.com/?a=1&amp;b=2">A &amp; B</a>');
    expect(html).toContain('Fish &amp; &lt;chips&gt;');
  });

  it('removes the control characters XML 1.0 forbids and keeps tabs, newlines and emoji', () => {
    const text = atomFeed([issue(3, { headline: 'Bell\u0007 and\u0000 null\uFFFF 🎸', intro: 'Lone \uD800 half\u001B.\tTab' })], META);
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const [entry] = checkAtom(parseXml(text));
    expect(one(entry!, 'title').text).toBe('#3: Bell and null 🎸');
    expect(one(entry!, 'content').text).toContain('Lone  half.\tTab');
  });

  it('links only to web addresses', () => {
    const text = atomFeed(
      [
        issue(4, {
          intro: '<a href="javascript:alert(1)">click</a> [md](javascript:alert(2)) <a href="data:text/html,x">d</a>',
          items: [{ title: 'Bad', url: 'javascript:alert(3)', commentary: '[x](vbscript:y) [ok](https://example.com/ok)' }],
        }),
      ],
      META,
    );
    const html = one(childrenNamed(parseXml(text), 'entry')[0]!, 'content').text;
    checkContentHtml(html);
    expect(html).toContain('<a href="https://example.com/ok">ok</a>');
    expect(html).not.toMatch(/href="(javascript|data|vbscript):/);
  });

  it('gives tag: ids when the newsletter has no issue address, and a self link when the feed has one', () => {
    const meta = { newsletterName: 'Team Digest', issueUrlBase: '', selfUrl: 'https://example.com/feed.xml' };
    const feed = parseXml(atomFeed([issue(1), issue(2)], meta));
    const entries = checkAtom(feed);
    expect(entries.map((e) => one(e, 'id').text)).toEqual([
      'tag:kubelist-curator.invalid,2020:team%20digest/issue/2',
      'tag:kubelist-curator.invalid,2020:team%20digest/issue/1',
    ]);
    expect(childrenNamed(entries[0]!, 'link')).toHaveLength(0);
    expect(one(feed, 'link').attributes).toMatchObject({ rel: 'self', href: 'https://example.com/feed.xml' });
  });

  it("takes the feed's updated from its latest entry, not from the highest number", () => {
    const feed = parseXml(atomFeed([issue(5, { date: '2022-01-01' }), issue(6, { date: '2021-12-31' })], META));
    checkAtom(feed);
    expect(one(feed, 'updated').text).toBe('2022-01-01T00:00:00Z');
  });

  it('leaves out an issue without a real date and says which', () => {
    const writer = atomFeedWriter(META);
    for (const i of [issue(1), issue(2, { date: '2021-02-30' }), issue(3, { date: 'soon' })]) writer.add(i);
    expect(writer.skipped()).toEqual([2, 3]);
    expect(checkAtom(parseXml(writer.parts().join('')))).toHaveLength(1);
  });

  it('is well-formed with no issues at all', () => {
    expect(checkAtom(parseXml(atomFeed([], META)))).toHaveLength(0);
  });
});

describe('parseXml (the tests own reader)', () => {
  it.each([
    ['a bare ampersand', '<a>x & y</a>'],
    ['an HTML entity', '<a>&nbsp;</a>'],
    ['a second root', '<a/><b/>'],
    ['a control character', '<a>\u0001</a>'],
    ['a closing tag out of place', '<a><b></a>'],
  ])('refuses %s', (_, text) => {
    expect(() => parseXml(text)).toThrow();
  });
});
