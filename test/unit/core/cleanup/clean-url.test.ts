import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanUrl, urlKey } from '../../../../src/core/cleanup';

const cleaned = (raw: string) => {
  const result = cleanUrl(raw);
  if ('error' in result) throw new Error(result.error);
  return result.url;
};

describe('cleanUrl', () => {
  it('returns an address it does not clean byte for byte', () => {
    expect(cleanUrl('https://youtu.be/sAiOqSmN-B0?t=114')).toEqual({
      url: 'https://youtu.be/sAiOqSmN-B0?t=114',
      original: 'https://youtu.be/sAiOqSmN-B0?t=114',
      applied: [],
    });
    for (const raw of [
      'https://en.wikipedia.org/wiki/Kubernetes_(software)',
      'https://de.wikipedia.org/wiki/Straße_(Begriffsklärung)',
      'https://bücher.example/ü?q=a b&r=%7e',
      'HTTPS://Example.COM:443/a/./b/../c',
      'https://medium.com/objectsharp/%EF%B8%8F-kcleaner-3c0d36c5c594?sk=fc67fccb6f4c8f467db0d6f8cd232d12',
    ]) {
      expect(cleaned(raw)).toBe(raw);
    }
  });

  it('drops x.com share tokens', () => {
    expect(cleaned('https://x.com/kelseyhightower/status/1?s=20&t=abc')).toBe('https://x.com/kelseyhightower/status/1');
  });

  it('keeps v and t on YouTube while dropping feature', () => {
    expect(cleaned('https://www.youtube.com/watch?v=abc&feature=youtu.be&t=42')).toBe('https://www.youtube.com/watch?v=abc&t=42');
  });

  it('drops utm_* and keeps the fragment after them', () => {
    expect(cleaned('https://example.com/post?utm_source=news&utm_medium=email#section-2')).toBe('https://example.com/post#section-2');
    expect(cleaned('https://example.com/post?a=1&utm_source=x&b=2#:~:text=pod%20spec')).toBe('https://example.com/post?a=1&b=2#:~:text=pod%20spec');
  });

  it('leaves no dangling “?” when the only parameter was tracking', () => {
    expect(cleaned('https://www.lightreading.com/heptio/d/d-id/748317?fbclid=IwAR3IDtCnemxsjJRoObINHv')).toBe(
      'https://www.lightreading.com/heptio/d/d-id/748317',
    );
  });

  it('keeps parentheses, non-ASCII and the other pairs’ bytes and order as written', () => {
    expect(cleaned('https://de.wikipedia.org/wiki/Straße_(Begriffsklärung)?utm_source=x')).toBe('https://de.wikipedia.org/wiki/Straße_(Begriffsklärung)');
    expect(cleaned('https://bücher.example/ü?z=2&q=a%20b&utm_source=x&a=1&r=c+d&s=ü')).toBe('https://bücher.example/ü?z=2&q=a%20b&a=1&r=c+d&s=ü');
  });

  it('trims surrounding whitespace and keeps the original as given', () => {
    expect(cleanUrl('  https://example.com/a?utm_source=x \n')).toEqual({
      url: 'https://example.com/a',
      original: '  https://example.com/a?utm_source=x \n',
      applied: ['utm-params'],
    });
  });

  it('honours disabled rules', () => {
    expect(cleanUrl('https://example.com/a?utm_source=x&fbclid=y', { disabled: ['utm-params'] })).toMatchObject({
      url: 'https://example.com/a?utm_source=x',
      applied: ['ad-click-ids'],
    });
  });

  it('leaves addresses that are not web pages alone', () => {
    expect(cleanUrl('mailto:team@example.com?subject=hi&utm_source=x')).toMatchObject({ url: 'mailto:team@example.com?subject=hi&utm_source=x', applied: [] });
  });

  it('says so, as a code, for input that is not a URL', () => {
    for (const raw of ['', 'not a url', 'example.com/a', 'https://', 'http://[::1']) expect(cleanUrl(raw)).toEqual({ error: 'notAbsolute' });
  });

  it('always gives an address that parses, is already clean, and keeps its urlKey (property)', () => {
    const tracking = fc.constantFrom('utm_source=x', 'fbclid=1', 'mc_eid=2', '_hsenc=3', 'igshid=4', '', 'keep=me');
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.array(tracking, { maxLength: 3 }), (base, extra) => {
        const [beforeHash, hash] = base.split(/#(.*)/s, 2);
        const joined = beforeHash!.includes('?') ? '&' : '?';
        const raw = extra.length > 0 ? `${beforeHash}${joined}${extra.join('&')}${hash === undefined ? '' : `#${hash}`}` : base;
        const once = cleaned(raw);
        expect(() => new URL(once)).not.toThrow();
        expect(cleanUrl(once)).toMatchObject({ url: once, applied: [] });
        expect(urlKey(once)).toBe(urlKey(raw));
      }),
    );
  });
});
