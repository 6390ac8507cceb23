/**
 * Why the browser would not let the capture script into a page, as a kind for the UI to word
 * (src/text/unreadable-page-text.ts). Extensions may not run on browser pages, the extension
 * store, the PDF viewer or local files (unless allowed); `scripting.executeScript` then fails
 * with a technical message.
 */
export type UnreadablePage = 'browserPage' | 'otherExtension' | 'extensionStore' | 'localFile' | 'pdf' | 'noAddress' | 'other';

/** Which kind of page `url` is that extensions may not read; 'other' when the address does not say. */
export function unreadablePage(url: string): UnreadablePage {
  const lower = url.toLowerCase();
  if (/^(chrome|edge|brave|opera|vivaldi|about|view-source|devtools|chrome-search):/.test(lower)) return 'browserPage';
  if (/^(chrome|moz)-extension:/.test(lower)) return 'otherExtension';
  if (/^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)/.test(lower)) return 'extensionStore';
  if (lower.startsWith('file:')) return 'localFile';
  if (/\.pdf([?#]|$)/.test(lower)) return 'pdf';
  if (lower === '') return 'noAddress';
  return 'other';
}
