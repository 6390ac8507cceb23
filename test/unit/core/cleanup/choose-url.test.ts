import { describe, expect, it } from 'vitest';
import { chooseUrl, type UrlChoice } from '../../../../src/core/cleanup';

const USING_PAGE = /; using the page address\.$/;

describe('chooseUrl prefers the canonical link', () => {
  it.each([
    ['on the same host', 'https://example.com/post?id=7', 'https://example.com/posts/7'],
    ['with or without www.', 'https://example.com/post', 'https://www.example.com/post'],
    ['on a sibling subdomain', 'https://blog.example.com/post', 'https://www.example.com/blog/post'],
    ['under a country-code second level (co.uk)', 'https://news.example.co.uk/post', 'https://www.example.co.uk/post'],
    ['on the home page itself', 'https://www.example.com/?utm_source=x', 'https://example.com/'],
  ])('%s', (_, pageUrl, canonical) => {
    expect(chooseUrl({ pageUrl, canonical })).toEqual({
      url: canonical,
      source: 'canonical',
      why: { code: 'canonical' },
      reason: 'Using the page’s canonical link.',
    });
  });

  it('cleans both addresses', () => {
    expect(chooseUrl({ pageUrl: 'https://example.com/p?utm_source=a', canonical: 'https://example.com/post?utm_medium=b&id=1' }).url).toBe(
      'https://example.com/post?id=1',
    );
  });

  it('reads a relative canonical against the page', () => {
    expect(chooseUrl({ pageUrl: 'https://example.com/a/b?x=1', canonical: '/a/canonical' })).toMatchObject({
      url: 'https://example.com/a/canonical',
      source: 'canonical',
    });
  });

  it('says when the canonical is the page address', () => {
    expect(chooseUrl({ pageUrl: 'https://example.com/post', canonical: 'https://example.com/post' })).toEqual({
      url: 'https://example.com/post',
      source: 'canonical',
      why: { code: 'canonicalSame' },
      reason: 'Using the page’s canonical link (the same as the page address).',
    });
  });

  it('carries the page’s #anchor over, since it points into the same text', () => {
    expect(chooseUrl({ pageUrl: 'https://example.com/post?utm_source=x#install', canonical: 'https://example.com/post' })).toEqual({
      url: 'https://example.com/post#install',
      source: 'canonical',
      why: { code: 'canonicalKeepsAnchor' },
      reason: 'Using the page’s canonical link, keeping the #anchor from the page address.',
    });
    expect(chooseUrl({ pageUrl: 'https://example.com/post#:~:text=pod', canonical: 'https://example.com/post' }).url).toBe(
      'https://example.com/post#:~:text=pod',
    );
  });

  it('does not carry a client-side route over as an anchor', () => {
    expect(chooseUrl({ pageUrl: 'https://app.example.com/#/docs/intro', canonical: 'https://app.example.com/docs/intro' }).url).toBe(
      'https://app.example.com/docs/intro',
    );
  });

  it('honours disabled rules for both addresses', () => {
    const chosen = chooseUrl({ pageUrl: 'https://example.com/p', canonical: 'https://example.com/post?utm_source=a' }, { disabled: ['utm-params'] });
    expect(chosen.url).toBe('https://example.com/post?utm_source=a');
  });
});

describe('chooseUrl falls back to the page address', () => {
  it.each([
    ['no canonical', '', 'The page gives no canonical link; using the page address.', { code: 'noCanonical' }],
    ['only whitespace', '   ', 'The page gives no canonical link; using the page address.', { code: 'noCanonical' }],
    [
      'another site',
      'https://aggregator.example.net/copy-of-post',
      'The page’s canonical link points to another site (aggregator.example.net); using the page address.',
      { code: 'canonicalOtherSite', host: 'aggregator.example.net' },
    ],
    [
      'another site under co.uk',
      'https://other.co.uk/post',
      'The page’s canonical link points to another site (other.co.uk); using the page address.',
      { code: 'canonicalOtherSite', host: 'other.co.uk' },
    ],
    [
      'the home page (a CMS bug)',
      'https://www.example.co.uk/',
      'The page’s canonical link points to the site’s home page, not to this page; using the page address.',
      { code: 'canonicalHomePage' },
    ],
    ['not a web address', 'javascript:alert(1)', 'The page’s canonical link is not a web address; using the page address.', { code: 'canonicalNotWeb' }],
    [
      'an http canonical for an https page',
      'http://www.example.co.uk/post',
      'The page’s canonical link uses http:// while the page is served over https://; using the page address.',
      { code: 'canonicalDowngrade' },
    ],
    ['an unparseable canonical', 'https://[oops/', 'The page’s canonical link is not a valid address; using the page address.', { code: 'canonicalInvalid' }],
  ] as [string, string, string, UrlChoice][])('%s', (_, canonical, reason, why) => {
    expect(chooseUrl({ pageUrl: 'https://www.example.co.uk/post?fbclid=1', canonical })).toEqual({
      url: 'https://www.example.co.uk/post',
      source: 'page',
      why,
      reason,
    });
  });

  it('keeps a YouTube start time the canonical drops', () => {
    const chosen = chooseUrl({ pageUrl: 'https://www.youtube.com/watch?v=abc&t=42&feature=youtu.be', canonical: 'https://www.youtube.com/watch?v=abc' });
    expect(chosen).toEqual({
      url: 'https://www.youtube.com/watch?v=abc&t=42',
      source: 'page',
      why: { code: 'canonicalDropsTime' },
      reason: 'The page’s canonical link drops the video’s start time; using the page address.',
    });
  });

  it('uses an unreadable page address as it is', () => {
    expect(chooseUrl({ pageUrl: ' not a url ', canonical: 'https://example.com/' })).toMatchObject({
      url: 'not a url',
      source: 'page',
      why: { code: 'pageUnreadable' },
    });
  });

  it('always explains itself in one sentence', () => {
    expect(chooseUrl({ pageUrl: 'https://example.com/a', canonical: 'https://other.example/a' }).reason).toMatch(USING_PAGE);
  });
});
