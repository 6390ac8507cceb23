import { describe, expect, it } from 'vitest';
import { unreadableReason } from '../../../src/core/unreadable-page';

describe('unreadableReason', () => {
  const cases: [string, RegExp][] = [
    ['chrome://extensions/', /^Browser pages/],
    ['about:blank', /^Browser pages/],
    ['https://chromewebstore.google.com/detail/x', /extension store/],
    ['https://chrome.google.com/webstore/category/extensions', /extension store/],
    ['file:///home/me/notes.html', /Allow access to file URLs/],
    ['https://example.com/paper.pdf', /PDF/],
    ['chrome-extension://abc/popup.html', /other extensions/],
  ];
  it.each(cases)('explains %s', (url, expected) => {
    expect(unreadableReason(url, 'Cannot access contents of the page')).toMatch(expected);
  });
  it('passes the browser’s reason on for anything else', () => {
    expect(unreadableReason('https://example.com/', 'Frame was removed')).toBe('The page could not be read (Frame was removed).');
  });
});
