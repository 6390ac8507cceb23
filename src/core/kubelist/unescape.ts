import { characterReferenceAt, isAsciiPunctuation } from './commonmark-syntax';

/*
 * Reads link text and destinations back: backslash escapes of ASCII punctuation, numeric
 * character references and the few named ones other tools commonly write. Anything else stays
 * as written, which is exactly the inverse of the minimal escaping in escape-title/escape-url.
 */

const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

/** Removes Markdown backslash escapes and decodes character references in inline text. */
export function unescapeInline(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i]!;
    const next = raw[i + 1];
    if (ch === '\\' && isAsciiPunctuation(next)) {
      out += next;
      i += 2;
      continue;
    }
    const ref = ch === '&' ? characterReferenceAt(raw, i) : null;
    const decoded = ref && (ref.name === undefined ? ref.char : NAMED.get(ref.name));
    if (ref && decoded !== undefined) {
      out += decoded;
      i += ref.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
