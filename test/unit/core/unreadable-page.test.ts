import { describe, expect, it } from 'vitest';
import { type UnreadablePage, unreadablePage } from '../../../src/core/unreadable-page';

describe('unreadablePage', () => {
  const cases: [string, UnreadablePage][] = [
    ['chrome://extensions/', 'browserPage'],
    ['about:blank', 'browserPage'],
    ['https://chromewebstore.google.com/detail/x', 'extensionStore'],
    ['https://chrome.google.com/webstore/category/extensions', 'extensionStore'],
    ['file:///home/me/notes.html', 'localFile'],
    ['https://example.com/paper.pdf', 'pdf'],
    ['chrome-extension://abc/popup.html', 'otherExtension'],
    ['', 'noAddress'],
  ];
  it.each(cases)('knows why %s cannot be read', (url, kind) => {
    expect(unreadablePage(url)).toBe(kind);
  });
  it('leaves anything else to the browser’s reason', () => {
    expect(unreadablePage('https://example.com/')).toBe('other');
  });
});
