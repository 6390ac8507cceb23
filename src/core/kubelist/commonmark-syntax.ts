/*
 * The two bits of CommonMark's inline syntax that every escaper and the unescaper must agree on:
 * what a backslash escapes (spec 2.4) and what `&` starts (spec 2.5). Kept in one place so that
 * what one side writes is exactly what the other reads back.
 */

/** ASCII punctuation (spec 2.1): `!`–`/`, `:`–`@`, `[`–`` ` ``, `{`–`~`; exactly what a backslash escapes. Test one character. */
export const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * An entity or numeric character reference: `&`, then a name, `#` and 1–7 decimal digits, or
 * `#x` and 1–6 hex digits, then `;`. Any name of this shape counts: which names a reader decodes
 * is its own list (HTML5's), so `&` before one is escaped whether or not the name is known.
 */
const REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/y;

/**
 * The character reference that starts at `text[at]`, as a match: the whole reference, then its
 * decimal digits, its hex digits or its name (one of the three is set); null when none starts there.
 */
export function matchCharacterReference(text: string, at: number): RegExpExecArray | null {
  REFERENCE.lastIndex = at;
  return REFERENCE.exec(text);
}

/** True when a character reference starts at `text[at]`: an `&` there would be read as one. */
export function startsCharacterReference(text: string, at: number): boolean {
  return matchCharacterReference(text, at) !== null;
}
