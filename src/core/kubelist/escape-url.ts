import { ASCII_PUNCTUATION, startsCharacterReference } from './commonmark-syntax';

/*
 * A URL as a Markdown link destination whose parsed value is the URL itself. Plain URLs (all
 * of the archive) are written bare; one with spaces, `<`, `>`, control characters or
 * unbalanced parentheses goes between `<` and `>`, which CommonMark allows for exactly that.
 */

/** markdown-it gives up on bare destinations nested deeper than this. */
const MAX_PAREN_DEPTH = 32;

/** True when the URL can be written without `<...>`: no space, control, `<`, `>`, and balanced parentheses. */
function fitsBare(url: string): boolean {
  if (url === '' || /[\s<>\u0000-\u001f\u007f]/.test(url)) return false;
  let depth = 0;
  for (let i = 0; i < url.length; i++) {
    const ch = url[i];
    // Parentheses are never escaped (a backslash before one is itself escaped), so all count.
    if (ch === '(' && ++depth > MAX_PAREN_DEPTH) return false;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Backslash-escapes what the destination parser would otherwise unescape or stop at. */
function escapeDestination(url: string, pointy: boolean): string {
  let out = '';
  for (let i = 0; i < url.length; i++) {
    const ch = url[i]!;
    const next = url[i + 1];
    const needsEscape =
      (ch === '\\' && (next === undefined || ASCII_PUNCTUATION.test(next))) ||
      (ch === '&' && startsCharacterReference(url, i)) ||
      (pointy && (ch === '<' || ch === '>'));
    out += needsEscape ? `\\${ch}` : ch;
  }
  return out;
}

/** The text to put between `(` and `)` of a link to `url` (which must hold no line break). */
export function formatLinkDestination(url: string): string {
  return fitsBare(url) ? escapeDestination(url, false) : `<${escapeDestination(url, true)}>`;
}
