import type { CleanupOptions } from './cleanup';
import type { UrlChange } from './clip';
import { cleanEnteredUrl } from './entered-url';

/**
 * The intro is HTML-flavoured text: the archive writes its links as `<a href="...">text</a>`.
 * Curators type links as markdown, `[text](https://...)`; the export writes them the archive's way.
 * Only http(s) destinations become links; anything else is left as typed, for the check to flag.
 */
const MARKDOWN_LINK = /\[([^[\]\n]+)\]\((https?:\/\/[^\s()<>"]+(?:\([^\s()<>"]*\)[^\s()<>"]*)*)\)/giu;

/** `&` and `"` escaped for an attribute value; the archive's own hrefs need nothing more. */
const attribute = (url: string) => url.replace(/&(?!#?\w+;)/g, '&amp;').replace(/"/g, '&quot;');

/** The intro with every markdown link written as an HTML link, as the archive has them. */
export function introLinksToHtml(intro: string): string {
  return intro.replace(MARKDOWN_LINK, (_link, text: string, url: string) => `<a href="${attribute(url)}">${text}</a>`);
}

/**
 * What pasting `url` over the selection `[start, end)` of `text` gives: the selected words as a
 * markdown link (the export turns it into HTML), to the URL cleaned as any address entered is,
 * with what cleanup changed. Null when the paste is not a lone http(s) URL or nothing is
 * selected, so the ordinary paste happens.
 */
export function linkOverSelection(
  text: string,
  start: number,
  end: number,
  pasted: string,
  options: CleanupOptions = {},
): { text: string; caret: number; change: UrlChange | null } | null {
  const trimmed = pasted.trim();
  if (start === end || !/^https?:\/\/\S+$/iu.test(trimmed)) return null;
  const selected = text.slice(start, end);
  if (selected.includes('\n') || /[[\]]/.test(selected)) return null;
  const { url, change } = cleanEnteredUrl(trimmed, options);
  const link = `[${selected}](${url})`;
  return { text: text.slice(0, start) + link + text.slice(end), caret: start + link.length, change };
}
