/**
 * Why the browser would not let the capture script into a page, in words a curator understands.
 * Extensions may not run on browser pages, the extension store, the PDF viewer or local files
 * (unless allowed); `scripting.executeScript` then fails with a technical message.
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

const REASONS: Record<Exclude<UnreadablePage, 'other'>, string> = {
  browserPage: 'Browser pages cannot be read by extensions.',
  otherExtension: 'Pages of other extensions cannot be read.',
  extensionStore: 'The browser protects its extension store from all extensions.',
  localFile: 'Local files can only be read when "Allow access to file URLs" is on for this extension.',
  pdf: 'PDFs open in the browser’s viewer, which extensions cannot read.',
  noAddress: 'The tab has no address the extension may see.',
};

/** The reason in English, the browser's `error` passed on when the address does not explain it. */
export function unreadableReason(url: string, error: string): string {
  const kind = unreadablePage(url);
  return kind === 'other' ? `The page could not be read (${error}).` : REASONS[kind];
}
