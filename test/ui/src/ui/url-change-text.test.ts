import { describe, expect, it } from 'vitest';
import { type UrlChoice, urlChoiceText } from '../../../../src/core/cleanup';
import { clipFrom } from '../../../../src/core/clip';
import { urlChangeText } from '../../../../src/ui/url-change-text';
import { pageCapture } from '../../../fixtures/page-capture';
import '../../../fakes/browser';

/** Every reason the popup can give for an address; the type keeps the list to real codes. */
const CHOICES: UrlChoice[] = [
  { code: 'pageUnreadable' },
  { code: 'noCanonical' },
  { code: 'canonicalInvalid' },
  { code: 'canonicalNotWeb' },
  { code: 'canonicalDowngrade' },
  { code: 'canonicalOtherSite', host: 'other.example' },
  { code: 'canonicalHomePage' },
  { code: 'canonicalDropsTime' },
  { code: 'canonical' },
  { code: 'canonicalSame' },
  { code: 'canonicalKeepsAnchor' },
];

describe('urlChangeText', () => {
  it.each(CHOICES.map((why) => [why.code, why] as const))('%s: says in the translations what core says in English', (_, why) => {
    expect(urlChangeText({ why, trackingRemoved: false })).toBe(urlChoiceText(why));
    expect(urlChangeText({ why, trackingRemoved: true })).toBe(`${urlChoiceText(why)} Tracking parameters removed.`);
  });

  it('matches the clip’s English note', () => {
    const capture = pageCapture({ title: 'T', url: 'https://example.com/a?utm_source=x', canonical: 'https://other.example/a' });
    for (const canonical of ['', 'https://other.example/a', 'https://example.com/posts/a']) {
      const clip = clipFrom({}, { ...capture, canonical });
      expect(urlChangeText(clip.urlChange!)).toBe(clip.urlNote);
    }
  });
});
