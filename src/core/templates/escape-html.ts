/** Text as HTML that shows that text, in an element or in a quoted attribute alike. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Only web links reach a reader; anything else (`javascript:`, `data:`, a half-typed address) links nowhere. */
export const isWebLink = (url: string): boolean => /^https?:\/\/[^\s]+$/i.test(url);
