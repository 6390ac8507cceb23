import { describe, expect, it } from 'vitest';
import { itemBlocker } from '../../../../src/core/clip';
import { blockerText } from '../../../../src/ui/item-blocker-text';
import '../../../fakes/browser';

describe('blockerText', () => {
  it.each([
    { title: ' ', url: 'https://a.test/' },
    { title: 'T', url: 'file:///x' },
    { title: 'T', url: 'https://a.test/' },
  ])('says in the translations what core says in English (%o)', (item) => {
    expect(blockerText(item)).toBe(itemBlocker(item));
  });
});
