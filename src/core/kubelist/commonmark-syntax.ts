/*
 * The two bits of CommonMark's inline syntax that every escaper and the unescaper must agree on:
 * what a backslash escapes (spec 2.4) and what `&` starts (spec 2.5). Kept in one place so that
 * what one side writes is exactly what the other reads back.
 */

/** ASCII punctuation (spec 2.1): `!`–`/`, `:`–`@`, `[`–`` ` ``, `{`–`~`; exactly what a backslash escapes. */
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;

/**
 * An entity or numeric character reference: `&`, then a name, `#` and 1–7 decimal digits, or
 * `#x` and 1–6 hex digits, then `;`. Any name of this shape counts: which names a reader decodes
 * is its own list (HTML5's), so `&` before one is escaped whether or not the name is known.
 */
const REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/y;

/** A character reference as written: its length, and the character (numeric) or the name (entity). */
export type CharacterReference = { length: number } & ({ char: string; name?: undefined } | { name: string; char?: undefined });

/** True when `ch` (one character, or undefined past the end) is ASCII punctuation, which a backslash escapes. */
export function isAsciiPunctuation(ch: string | undefined): ch is string {
  return ch !== undefined && ASCII_PUNCTUATION.test(ch);
}

/** True when a character reference starts at `text[at]`: an `&` there would be read as one. */
export function startsCharacterReference(text: string, at: number): boolean {
  REFERENCE.lastIndex = at;
  return REFERENCE.test(text);
}

/** The character a numeric reference stands for; CommonMark reads an invalid one as U+FFFD. */
function fromCodePoint(code: number): string {
  const invalid = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
  return String.fromCodePoint(invalid ? 0xfffd : code);
}

/** The character reference that starts at `text[at]` (an `&`), or null when there is none. */
export function characterReferenceAt(text: string, at: number): CharacterReference | null {
  REFERENCE.lastIndex = at;
  const match = REFERENCE.exec(text);
  if (!match) return null;
  const [written, decimal, hex, name] = match;
  if (name) return { length: written.length, name };
  return { length: written.length, char: fromCodePoint(decimal ? Number(decimal) : Number.parseInt(hex!, 16)) };
}
