import { describe, expect, it } from 'vitest';
import { blockerOf, isWebUrl, type PageCapture } from '../../../src/core/clip';
import { clipFrom } from '../../../src/core/page-clip';
import { readCapture } from '../../../src/core/read-capture';
import { pageCapture } from '../../fixtures/page-capture';

const capture: PageCapture = pageCapture({ title: 'Page title', url: 'https://example.com/a' });

describe('readCapture', () => {
  it('accepts an object of strings and fills missing fields with empty values', () => {
    const page = { appName: '', dcTitle: '', headings: [], entryTitles: [], breadcrumbs: [], headline: '', publisher: '' };
    expect(readCapture({ title: 'T', url: 'https://x.test/' })).toEqual({ ...capture, ...page, title: 'T', url: 'https://x.test/' });
  });
  it('keeps a few short headings and breadcrumbs, strings only, and empties a field of the wrong kind', () => {
    const read = readCapture({ ...capture, headings: ['A', 7, 'B', 'C', 'D', 'E'], entryTitles: 'x', breadcrumbs: ['x'.repeat(600)], dcTitle: {} });
    expect(read?.headings).toEqual(['A', 'B', 'C', 'D']);
    expect(read?.entryTitles).toEqual([]);
    expect(read?.breadcrumbs).toEqual(['x'.repeat(500)]);
    expect(read?.dcTitle).toBe('');
  });
  it('rejects anything that is not an object of strings', () => {
    expect(readCapture(null)).toBeNull();
    expect(readCapture('title')).toBeNull();
    expect(readCapture({ ...capture, title: { toString: () => 'x' } })).toBeNull();
    expect(readCapture({ ...capture, url: 42 })).toBeNull();
    expect(readCapture({ ...capture, jsonLd: '{}' })).toBeNull();
  });
  it('keeps only string JSON-LD blocks, at most eight', () => {
    const blocks = [1, '{}', ...Array(10).fill('[]')];
    expect(readCapture({ ...capture, jsonLd: blocks })?.jsonLd).toEqual(['{}', ...Array(7).fill('[]')]);
  });
  it('ignores inherited properties a hostile page might plant', () => {
    const planted = Object.create({ title: 'from the prototype' }) as object;
    expect(readCapture(planted)?.title).toBe('');
  });
  it('reads author and date from meta tags, else JSON-LD', () => {
    const ld = JSON.stringify({ author: { name: 'Lee' }, datePublished: '2021-03-03T00:00:00Z' });
    expect(readCapture({ ...capture, jsonLd: [ld] })).toMatchObject({ author: 'Lee', published: '2021-03-03' });
    expect(readCapture({ ...capture, author: 'Matt', published: '2020-01-01T10:00:00Z', jsonLd: [ld] })).toMatchObject({
      author: 'Matt',
      published: '2020-01-01',
    });
  });
  it('caps very long strings', () => {
    expect(readCapture({ ...capture, title: 'x'.repeat(100_000) })?.title).toHaveLength(4096);
  });
});

describe('isWebUrl and blockerOf', () => {
  it('allow http and https only', () => {
    expect(isWebUrl('https://example.com')).toBe(true);
    expect(isWebUrl('HTTP://example.com')).toBe(true);
    expect(isWebUrl('chrome://extensions')).toBe(false);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('https://')).toBe(false);
  });
  it('name what keeps an item out', () => {
    expect([
      blockerOf({ title: ' ', url: 'https://a.test/' }),
      blockerOf({ title: 'T', url: 'file:///x' }),
      blockerOf({ title: 'T', url: 'https://a.test/' }),
    ]).toEqual(['noTitle', 'notWeb', null]);
  });
});

describe('clipFrom', () => {
  const tab = { title: 'Tab title', url: 'https://example.com/tab' };
  it("prefers the page's own title and URL", () => {
    expect(clipFrom(tab, capture)).toMatchObject({ title: 'Page title', url: 'https://example.com/a', note: '' });
  });
  it('prefers og:title, which seldom carries the site name', () => {
    expect(clipFrom(tab, { ...capture, title: 'Post | Blog', ogTitle: 'Post' }).title).toBe('Post');
  });
  it('passes over an og:title that is only the site name, for the page title', () => {
    // GitHub's repository pages say og:title "GitHub"; the item must not be titled that.
    const repo = pageCapture({
      title: 'GitHub - kubernetes-sigs/kueue: Kubernetes-native Job Queueing',
      ogTitle: 'GitHub',
      siteName: 'GitHub',
      url: 'https://github.com/kubernetes-sigs/kueue',
    });
    const clip = clipFrom({ title: repo.title, url: repo.url }, repo);
    expect(clip.title).toBe('kubernetes-sigs/kueue: Kubernetes-native Job Queueing');
    expect(clip.originalTitle).toBe('GitHub - kubernetes-sigs/kueue: Kubernetes-native Job Queueing');
    // og:site_name names the site too, whatever the host, and the tab's title is the last resort.
    const blog = pageCapture({ ogTitle: 'The Example Blog', siteName: 'Example Blog', url: 'https://other.test/post' });
    expect(clipFrom({ title: 'A post worth reading', url: blog.url }, blog).title).toBe('A post worth reading');
  });
  it("keeps the site's name as the title of its front page, the way the archive links projects", () => {
    const home = pageCapture({ title: 'Kyverno | Kubernetes Native Policy Management', ogTitle: 'Kyverno', url: 'https://kyverno.io/' });
    expect(clipFrom({ url: home.url }, home).title).toBe('Kyverno');
  });
  it('keeps a site-name-only title when nothing better is there, for the check to flag', () => {
    const bare = pageCapture({ title: 'GitHub', ogTitle: 'GitHub', url: 'https://github.com/' });
    expect(clipFrom({ title: 'GitHub', url: bare.url }, bare).title).toBe('GitHub');
  });
  it("falls back to the tab's and carries the note", () => {
    expect(clipFrom(tab, null, 'why')).toMatchObject({ title: 'Tab title', url: 'https://example.com/tab', note: 'why' });
  });
  it('cleans the title and URL, keeping the originals, and says what changed as data for the UI to word', () => {
    const clip = clipFrom(tab, { ...capture, title: '(2) Post\n  title | Blog', siteName: 'Blog', url: 'https://example.com/a?utm_source=x' });
    expect(clip).toEqual({
      title: 'Post title',
      originalTitle: '(2) Post\n  title | Blog',
      url: 'https://example.com/a',
      originalUrl: 'https://example.com/a?utm_source=x',
      urlChange: { why: null, trackingRemoved: true },
      siteName: 'Blog',
      author: '',
      published: '',
      description: '',
      selection: '',
      note: '',
    });
  });
  it('uses a same-site canonical link and says so', () => {
    const clip = clipFrom(tab, { ...capture, url: 'https://example.com/a?page=1', canonical: 'https://example.com/posts/a' });
    expect(clip.url).toBe('https://example.com/posts/a');
    expect(clip.urlChange).toEqual({ why: { code: 'canonical' }, trackingRemoved: false });
  });
  it('honours rules the curator turned off', () => {
    const clip = clipFrom(tab, { ...capture, title: '(2) Post' }, '', { disabledRules: ['notification-counter'] });
    expect(clip.title).toBe('(2) Post');
  });
  it('leaves a non-web address alone for the blocker to explain', () => {
    expect(clipFrom({ title: 'Ext', url: 'chrome://extensions/' }, null).url).toBe('chrome://extensions/');
  });
});

describe('the URL change', () => {
  const tab = { title: 'T', url: 'https://example.com/a' };
  const capture = pageCapture({ title: 'T', url: 'https://example.com/a?utm_source=x' });
  it('says tracking parameters were removed when that is all that changed', () => {
    expect(clipFrom(tab, capture).urlChange).toEqual({ why: null, trackingRemoved: true });
  });
  it('says why a canonical link was not used, when the page had one', () => {
    const clip = clipFrom(tab, { ...capture, canonical: 'https://other.example/a' });
    expect(clip.urlChange).toEqual({ why: { code: 'canonicalOtherSite', host: 'other.example' }, trackingRemoved: true });
  });
  it('says only that tracking was removed when the canonical link is the cleaned page address', () => {
    expect(clipFrom(tab, { ...capture, canonical: 'https://example.com/a' }).urlChange).toEqual({ why: null, trackingRemoved: true });
  });
  it('is empty when the address is used as it is', () => {
    expect(clipFrom(tab, { ...capture, url: 'https://example.com/a' }).urlChange).toBeNull();
  });
});
