import { describe, expect, it } from 'vitest';
import { type UnreadablePage, unreadablePage, unreadableReason } from '../../../src/core/unreadable-page';
import { unreadableText } from '../../../src/platform/capture';
import '../../fakes/browser';

/** One address of each kind of page extensions may not read. */
const PAGES: Record<UnreadablePage, string> = {
  browserPage: 'chrome://extensions/',
  otherExtension: 'chrome-extension://abc/popup.html',
  extensionStore: 'https://chromewebstore.google.com/detail/x',
  localFile: 'file:///home/me/notes.html',
  pdf: 'https://example.com/paper.pdf',
  noAddress: '',
  other: 'https://example.com/',
};

describe('unreadableText', () => {
  it.each(Object.entries(PAGES))('%s: says in the translations what core says in English', (kind, url) => {
    expect(unreadablePage(url)).toBe(kind);
    expect(unreadableText(url, 'Frame was removed')).toBe(unreadableReason(url, 'Frame was removed'));
  });
});
