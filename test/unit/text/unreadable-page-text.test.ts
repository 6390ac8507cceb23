import { afterEach, describe, expect, it } from 'vitest';
import german from '../../../_locales/de/messages.json';
import { type UnreadablePage, unreadablePage } from '../../../src/core/unreadable-page';
import { useBrowserMessages } from '../../../src/platform/i18n';
import { formatMessage } from '../../../src/text/message-format';
import { useMessages } from '../../../src/text/t';
import { unreadablePageText } from '../../../src/text/unreadable-page-text';

/** One address of each kind of page extensions may not read, and what the curator is told. */
const PAGES: Record<UnreadablePage, [url: string, english: string]> = {
  browserPage: ['chrome://extensions/', 'Browser pages cannot be read by extensions.'],
  otherExtension: ['chrome-extension://abc/popup.html', 'Pages of other extensions cannot be read.'],
  extensionStore: ['https://chromewebstore.google.com/detail/x', 'The browser protects its extension store from all extensions.'],
  localFile: [
    'file:///home/me/notes.html',
    'Local files cannot be read by extensions in Firefox; in Chrome and Edge, only when "Allow access to file URLs" is on for this extension.',
  ],
  pdf: ['https://example.com/paper.pdf', 'PDFs open in the browser’s viewer, which extensions cannot read.'],
  noAddress: ['', 'The tab has no address the extension may see.'],
  other: ['https://example.com/', 'The page could not be read (Frame was removed).'],
};

describe('unreadablePageText', () => {
  afterEach(() => useBrowserMessages());

  it.each(Object.entries(PAGES))('%s: says why in plain words', (kind, [url, english]) => {
    expect(unreadablePage(url)).toBe(kind);
    expect(unreadablePageText(unreadablePage(url), 'Frame was removed')).toBe(english);
  });

  it('says it in German in a German browser', () => {
    useMessages((name, substitutions) => formatMessage(german, name, substitutions));
    expect(unreadablePageText('browserPage', '')).toBe('Browserseiten können von Erweiterungen nicht gelesen werden.');
    expect(unreadablePageText('other', 'Frame was removed')).toBe('Die Seite konnte nicht gelesen werden (Frame was removed).');
  });
});
