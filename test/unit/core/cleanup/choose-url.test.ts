import { describe, expect, it } from 'vitest';
import { chooseUrl, type UrlChoice } from '../../../../src/core/cleanup';

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
    });
  });

  it('carries the page’s #anchor over, since it points into the same text', () => {
    expect(chooseUrl({ pageUrl: 'https://example.com/post?utm_source=x#install', canonical: 'https://example.com/post' })).toEqual({
      url: 'https://example.com/post#install',
      source: 'canonical',
      why: { code: 'canonicalKeepsAnchor' },
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
    ['no canonical', '', { code: 'noCanonical' }],
    ['only whitespace', '   ', { code: 'noCanonical' }],
    ['another site', 'https://aggregator.example.net/copy-of-post', { code: 'canonicalOtherSite', host: 'aggregator.example.net' }],
    ['another site under co.uk', 'https://other.co.uk/post', { code: 'canonicalOtherSite', host: 'other.co.uk' }],
    ['the home page (a CMS bug)', 'https://www.example.co.uk/', { code: 'canonicalHomePage' }],
    ['not a web address', 'javascript:alert(1)', { code: 'canonicalNotWeb' }],
    ['an http canonical for an https page', 'http://www.example.co.uk/post', { code: 'canonicalDowngrade' }],
    ['an unparseable canonical', 'https://[oops/', { code: 'canonicalInvalid' }],
  ] as [string, string, UrlChoice][])('%s', (_, canonical, why) => {
    expect(chooseUrl({ pageUrl: 'https://www.example.co.uk/post?fbclid=1', canonical })).toEqual({
      url: 'https://www.example.co.uk/post',
      source: 'page',
      why,
    });
  });

  it('keeps a YouTube start time the canonical drops', () => {
    const chosen = chooseUrl({ pageUrl: 'https://www.youtube.com/watch?v=abc&t=42&feature=youtu.be', canonical: 'https://www.youtube.com/watch?v=abc' });
    expect(chosen).toEqual({
      url: 'https://www.youtube.com/watch?v=abc&t=42',
      source: 'page',
      why: { code: 'canonicalDropsTime' },
    });
  });

  it('uses an unreadable page address as it is', () => {
    expect(chooseUrl({ pageUrl: ' not a url ', canonical: 'https://example.com/' })).toMatchObject({
      url: 'not a url',
      source: 'page',
      why: { code: 'pageUnreadable' },
    });
  });
});
