/**
 * The Windows-1252 characters of the bytes 0x80–0xBF, which UTF-8 uses as continuation bytes:
 * the C1 range (undefined bytes pass through), the 27 specials, and Latin-1 U+00A0–U+00BF.
 */
const CONT = '[\\u0080-\\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]';
/** A UTF-8 lead byte (2, 3 or 4 byte sequence) read as Windows-1252, then its continuations. */
const MISREAD_SEQUENCE = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`, 'u');

/**
 * True when the text holds something that reads like UTF-8 decoded as Windows-1252
 * (`â€™`, `Ã©`, `ðŸ”Š`). `repairMojibake` only repairs text that maps back as a whole; this
 * catches the rest (text that mixes mangled and correct non-Latin characters), so it can be
 * reported instead of passing as clean.
 */
export function suspectMojibake(text: string): boolean {
  return MISREAD_SEQUENCE.test(text);
}
