/**
 * The 27 characters Windows-1252 puts at bytes 0x80–0x9F, by byte. Bytes 0x81, 0x8D, 0x8F,
 * 0x90 and 0x9D are undefined; decoders pass them through as U+0081 and so on, which
 * `windows1252Byte` handles with the rest of the C1 range.
 */
const HIGH_CHARACTERS: ReadonlyArray<readonly [number, string]> = [
  [0x80, '€'],
  [0x82, '‚'],
  [0x83, 'ƒ'],
  [0x84, '„'],
  [0x85, '…'],
  [0x86, '†'],
  [0x87, '‡'],
  [0x88, 'ˆ'],
  [0x89, '‰'],
  [0x8a, 'Š'],
  [0x8b, '‹'],
  [0x8c, 'Œ'],
  [0x8e, 'Ž'],
  [0x91, '‘'],
  [0x92, '’'],
  [0x93, '“'],
  [0x94, '”'],
  [0x95, '•'],
  [0x96, '–'],
  [0x97, '—'],
  [0x98, '˜'],
  [0x99, '™'],
  [0x9a, 'š'],
  [0x9b, '›'],
  [0x9c, 'œ'],
  [0x9e, 'ž'],
  [0x9f, 'Ÿ'],
];

const BYTE_OF = new Map(HIGH_CHARACTERS.map(([byte, char]) => [char, byte]));

/** Text whose every character `windows1252Byte` maps to a byte (Latin-1, the C1 range and the 27 above). */
export const WINDOWS_1252_TEXT = new RegExp(`^[\\u0000-\\u00ff${HIGH_CHARACTERS.map(([, char]) => char).join('')}]*$`);

/** The Windows-1252 byte that decodes to `char`, or undefined when no byte does. */
export function windows1252Byte(char: string): number | undefined {
  const special = BYTE_OF.get(char);
  if (special !== undefined) return special;
  const code = char.charCodeAt(0);
  // Latin-1 (and the C1 range, for undefined bytes passed through) maps one to one.
  return char.length === 1 && code <= 0xff ? code : undefined;
}
