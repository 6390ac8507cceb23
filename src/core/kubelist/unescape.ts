import { ASCII_PUNCTUATION, matchCharacterReference } from './commonmark-syntax';

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

/** The character a numeric reference stands for; CommonMark turns invalid ones into U+FFFD. */
function fromCodePoint(code: number): string {
  const invalid = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
  return String.fromCodePoint(invalid ? 0xfffd : code);
}

/** Removes Markdown backslash escapes and decodes character references in inline text. */
export function unescapeInline(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i]!;
    const next = raw[i + 1];
    if (ch === '\\' && next !== undefined && ASCII_PUNCTUATION.test(next)) {
      out += next;
      i += 2;
      continue;
    }
    const ref = ch === '&' ? matchCharacterReference(raw, i) : null;
    const decoded = ref && (ref[1] ? fromCodePoint(Number(ref[1])) : ref[2] ? fromCodePoint(Number.parseInt(ref[2], 16)) : NAMED.get(ref[3]!));
    if (ref && decoded !== undefined) {
      out += decoded;
      i += ref[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
