import { describe, expect, it } from 'vitest';
import { cleanEnteredUrl } from '../../../src/core/entered-url';

describe('cleanEnteredUrl', () => {
  it('drops tracking parameters and says so, keeping what was entered', () => {
    expect(cleanEnteredUrl('https://blog.test/post?utm_source=x&id=3')).toEqual({
      url: 'https://blog.test/post?id=3',
      original: 'https://blog.test/post?utm_source=x&id=3',
      change: { why: null, trackingRemoved: true },
    });
  });

  it('leaves an address with nothing to drop, or half typed, exactly as entered', () => {
    for (const raw of ['https://blog.test/post ', 'blog.test/post?utm_source=x', 'https://']) {
      expect(cleanEnteredUrl(raw)).toEqual({ url: raw, original: raw, change: null });
    }
  });

  it('honours the rules the curator turned off', () => {
    expect(cleanEnteredUrl('https://blog.test/?utm_source=x', { disabled: ['utm-params'] }).change).toBeNull();
  });
});
