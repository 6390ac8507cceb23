import { describe, expect, it } from 'vitest';
import { blockerOf } from '../../../src/core/clip';
import { itemBlockerText } from '../../../src/text/item-blocker-text';

describe('itemBlockerText', () => {
  it.each([
    [{ title: ' ', url: 'https://a.test/' }, 'Give the link a title.'],
    [{ title: 'T', url: 'file:///x' }, 'Only http and https links can go in an issue.'],
    [{ title: 'T', url: 'https://a.test/' }, ''],
  ])('says what keeps %o out', (item, english) => {
    expect(itemBlockerText(blockerOf(item))).toBe(english);
  });
});
