import { describe, expect, it } from 'vitest';
import type { UrlChoice } from '../../../src/core/cleanup';
import { clipFrom } from '../../../src/core/page-clip';
import { urlChangeText } from '../../../src/text/url-change-text';
import { pageCapture } from '../../fixtures/page-capture';

/** Every reason the popup can give for an address (the type keeps the list to real codes), in English. */
const CHOICES: [UrlChoice, string][] = [
  [{ code: 'pageUnreadable' }, 'The page address could not be read as a URL; using it as it is.'],
  [{ code: 'noCanonical' }, 'The page gives no canonical link; using the page address.'],
  [{ code: 'canonicalInvalid' }, 'The page’s canonical link is not a valid address; using the page address.'],
  [{ code: 'canonicalNotWeb' }, 'The page’s canonical link is not a web address; using the page address.'],
  [{ code: 'canonicalDowngrade' }, 'The page’s canonical link uses http:// while the page is served over https://; using the page address.'],
  [{ code: 'canonicalOtherSite', host: 'other.example' }, 'The page’s canonical link points to another site (other.example); using the page address.'],
  [{ code: 'canonicalHomePage' }, 'The page’s canonical link points to the site’s home page, not to this page; using the page address.'],
  [{ code: 'canonicalDropsTime' }, 'The page’s canonical link drops the video’s start time; using the page address.'],
  [{ code: 'canonical' }, 'Using the page’s canonical link.'],
  [{ code: 'canonicalSame' }, 'Using the page’s canonical link (the same as the page address).'],
  [{ code: 'canonicalKeepsAnchor' }, 'Using the page’s canonical link, keeping the #anchor from the page address.'],
];

describe('urlChangeText', () => {
  it('has a case for every code', () => {
    const codes: Record<UrlChoice['code'], true> = {
      pageUnreadable: true,
      noCanonical: true,
      canonicalInvalid: true,
      canonicalNotWeb: true,
      canonicalDowngrade: true,
      canonicalOtherSite: true,
      canonicalHomePage: true,
      canonicalDropsTime: true,
      canonical: true,
      canonicalSame: true,
      canonicalKeepsAnchor: true,
    };
    expect(CHOICES.map(([why]) => why.code).sort()).toEqual(Object.keys(codes).sort());
  });

  it.each(CHOICES.map(([why, english]) => [why.code, why, english] as const))('%s: says why, then that tracking was removed', (_, why, english) => {
    expect(urlChangeText({ why, trackingRemoved: false })).toBe(english);
    expect(urlChangeText({ why, trackingRemoved: true })).toBe(`${english} Tracking parameters removed.`);
  });

  it('words a clip’s change: tracking alone, or why the canonical link was not used as well', () => {
    const capture = pageCapture({ title: 'T', url: 'https://example.com/a?utm_source=x' });
    expect(urlChangeText(clipFrom({}, capture).urlChange!)).toBe('Tracking parameters removed.');
    expect(urlChangeText(clipFrom({}, { ...capture, canonical: 'https://other.example/a' }).urlChange!)).toBe(
      'The page’s canonical link points to another site (other.example); using the page address. Tracking parameters removed.',
    );
    expect(urlChangeText(clipFrom({}, { ...capture, canonical: 'https://example.com/posts/a' }).urlChange!)).toBe('Using the page’s canonical link.');
  });
});
