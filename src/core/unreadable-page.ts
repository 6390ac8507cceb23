/**
 * Why the browser would not let the capture script into a page, in words a curator understands.
 * Extensions may not run on browser pages, the extension store, the PDF viewer or local files
 * (unless allowed); `scripting.executeScript` then fails with a technical message.
 */
export function unreadableReason(url: string, error: string): string {
  const lower = url.toLowerCase();
  if (/^(chrome|edge|brave|opera|vivaldi|about|view-source|devtools|chrome-search):/.test(lower)) {
    return 'Browser pages cannot be read by extensions.';
  }
  if (/^(chrome|moz)-extension:/.test(lower)) return 'Pages of other extensions cannot be read.';
  if (/^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)/.test(lower)) {
    return 'The browser protects its extension store from all extensions.';
  }
  if (lower.startsWith('file:')) return 'Local files can only be read when "Allow access to file URLs" is on for this extension.';
  if (/\.pdf([?#]|$)/.test(lower)) return 'PDFs open in the browser’s viewer, which extensions cannot read.';
  if (lower === '') return 'The tab has no address the extension may see.';
  return `The page could not be read (${error}).`;
}
