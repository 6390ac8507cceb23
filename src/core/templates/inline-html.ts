import { splitLines } from '../kubelist/line-breaks';
import { escapeHtml, isWebLink } from './escape-html';

/*
 * Intros and blurbs are Markdown/HTML source; the archive's intros link as `<a href="…">…</a>`
 * and curators type `[text](https://…)`. For an HTML template they become escaped text in which
 * exactly those two link forms, to http(s) only, are links again: no other tag, attribute or
 * scheme from the source can reach the email.
 */
const LINK = /<a\s+href="([^"<>]*)"\s*>([^<]*)<\/a>|\[([^[\]\n]+)\]\(([^\s()<>"]+)\)/giu;

/** Decodes the few entities an `href` of the archive holds, so the link is escaped once, not twice. */
const hrefValue = (raw: string) => raw.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

function lineHtml(line: string): string {
  let out = '';
  let last = 0;
  for (const match of line.matchAll(LINK)) {
    const [whole, htmlHref, htmlText, mdText, mdHref] = match;
    const href = htmlHref !== undefined ? hrefValue(htmlHref) : mdHref!;
    const label = htmlText ?? mdText!;
    out += escapeHtml(line.slice(last, match.index));
    out += isWebLink(href) ? `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>` : escapeHtml(whole);
    last = match.index + whole.length;
  }
  return out + escapeHtml(line.slice(last));
}

/** Markdown/HTML source as safe inline HTML: escaped text, web links kept, line breaks as `<br>`. */
export function inlineHtml(source: string): string {
  return splitLines(source).map(lineHtml).join('<br>');
}
