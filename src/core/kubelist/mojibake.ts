import { WINDOWS_1252_TEXT, windows1252Byte } from './windows-1252';

/** The bytes `text` came from if it is UTF-8 that was decoded as Windows-1252; null if it cannot be. */
function windows1252Bytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = windows1252Byte(text[i]!);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}

const NOT_ASCII = /[^\u0000-\u007F]/;

/**
 * Undoes UTF-8 read as Windows-1252 (`Weâ€™re` → `We’re`, `ðŸ”Š` → `🔊`). The repair is kept only
 * if the whole text maps back to bytes that are valid UTF-8 and it changes something;
 * otherwise (already correct text, real Latin-1 such as `café`) the input comes back unchanged.
 */
export function repairMojibake(text: string): string {
  // ASCII maps to the same bytes and decodes to itself, and a character no byte decodes to (an
  // emoji, a CJK letter) rules the repair out: most text is one or the other, each told by one regex.
  if (!NOT_ASCII.test(text) || !WINDOWS_1252_TEXT.test(text)) return text;
  const bytes = windows1252Bytes(text);
  if (!bytes) return text;
  try {
    // ignoreBOM keeps a mangled BOM (`ï»¿`) as U+FEFF, so the repair hides nothing.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return text;
  }
}

/** True when `repairMojibake` would change the text: worth offering the repair on import. */
export function looksLikeMojibake(text: string): boolean {
  return repairMojibake(text) !== text;
}
