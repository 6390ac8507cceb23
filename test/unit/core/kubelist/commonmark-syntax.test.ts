// The cases are the CommonMark spec's own (0.31.2: 2.1 ASCII punctuation, 2.4 backslash escapes,
// 2.5 entity and numeric character references), so the escapers and the unescaper agree with
// every CommonMark reader, not only with each other.
import { describe, expect, it } from 'vitest';
import { characterReferenceAt, isAsciiPunctuation, startsCharacterReference } from '../../../../src/core/kubelist/commonmark-syntax';

/** Spec 2.1, in the spec's order: U+0021–2F, U+003A–0040, U+005B–0060, U+007B–007E. */
const SPEC_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

describe('isAsciiPunctuation', () => {
  it('holds for exactly the ASCII punctuation the spec lists, among all of ASCII', () => {
    const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
    expect(ascii.filter((ch) => isAsciiPunctuation(ch)).join('')).toBe(SPEC_PUNCTUATION);
  });

  it('holds for every character the spec escapes in example 12', () => {
    const example12 = '\\!\\"\\#\\$\\%\\&\\\'\\(\\)\\*\\+\\,\\-\\.\\/\\:\\;\\<\\=\\>\\?\\@\\[\\\\\\]\\^\\_\\`\\{\\|\\}\\~';
    const escaped = [...example12.matchAll(/\\(.)/g)].map((m) => m[1]);
    expect(escaped).toHaveLength(32);
    expect(escaped.filter((ch) => !isAsciiPunctuation(ch))).toEqual([]);
  });

  it('fails for what the spec leaves as a literal backslash and character (example 13), and past the end', () => {
    for (const ch of ['\t', 'A', 'a', ' ', '3', 'φ', '«', '→']) expect(isAsciiPunctuation(ch), ch).toBe(false);
    expect(isAsciiPunctuation(undefined)).toBe(false);
    expect(isAsciiPunctuation('')).toBe(false);
  });

  it('looks at one character only', () => {
    expect(isAsciiPunctuation('!a')).toBe(false);
  });
});

describe('characterReferenceAt', () => {
  const at0 = (text: string) => characterReferenceAt(text, 0);

  it('reads the named references of example 25 as names, whole', () => {
    const names = ['nbsp', 'amp', 'copy', 'AElig', 'Dcaron', 'frac34', 'HilbertSpace', 'DifferentialD', 'ClockwiseContourIntegral', 'ngE'];
    for (const name of names) expect(at0(`&${name};`)).toEqual({ length: name.length + 2, name });
  });

  it('decodes the decimal references of example 26, U+0000 as U+FFFD', () => {
    expect(['&#35;', '&#1234;', '&#992;', '&#0;'].map((text) => at0(text))).toEqual([
      { length: 5, char: '#' },
      { length: 7, char: 'Ӓ' },
      { length: 6, char: 'Ϡ' },
      { length: 4, char: '\uFFFD' },
    ]);
  });

  it('decodes the hexadecimal references of example 27, with x or X', () => {
    expect(['&#X22;', '&#XD06;', '&#xcab;'].map((text) => at0(text))).toEqual([
      { length: 6, char: '"' },
      { length: 7, char: 'ആ' },
      { length: 7, char: 'ಫ' },
    ]);
  });

  it('finds none in what examples 28 and 29 show is not a reference by its shape', () => {
    for (const text of ['&nbsp', '&#;', '&#x;', '&#87654321;', '&#abcdef0;', '&hi?;', '&copy', '& amp;', '&#x1234567;', '&1a;'])
      expect(at0(text), text).toBeNull();
  });

  it('reads a well-shaped unknown name (examples 28 and 30) as a name: the reader decides whether it knows it', () => {
    expect(at0('&x;')).toEqual({ length: 3, name: 'x' });
    expect(at0('&ThisIsNotDefined;')).toEqual({ length: 18, name: 'ThisIsNotDefined' });
    expect(at0('&MadeUpEntity;')).toEqual({ length: 14, name: 'MadeUpEntity' });
  });

  it('takes up to 7 decimal and 6 hex digits, and reads a code point no character has as U+FFFD', () => {
    expect(at0('&#1234567;')).toEqual({ length: 10, char: '\uFFFD' });
    expect(at0('&#x10FFFF;')).toEqual({ length: 10, char: '\u{10FFFF}' });
    expect(at0('&#x110000;')).toEqual({ length: 10, char: '\uFFFD' });
    expect(at0('&#xD800;')).toEqual({ length: 8, char: '\uFFFD' });
    expect(at0('&#x1F600;')).toEqual({ length: 9, char: '😀' });
  });

  it('reads only the reference starting at the given place', () => {
    expect(characterReferenceAt('a &amp; b', 2)).toEqual({ length: 5, name: 'amp' });
    expect(characterReferenceAt('a &amp; b', 0)).toBeNull();
    expect(characterReferenceAt('a &amp; b', 3)).toBeNull();
    expect(characterReferenceAt('&amp;', 0)).toEqual({ length: 5, name: 'amp' });
  });
});

describe('startsCharacterReference', () => {
  const references = ['&nbsp;', '&ClockwiseContourIntegral;', '&x;', '&#35;', '&#0;', '&#1234567;', '&#X22;', '&#xcab;'];
  const others = ['&nbsp', '&#;', '&#x;', '&#87654321;', '&#abcdef0;', '&hi?;', '&copy', '& amp;', '&#x1234567;', '&', 'amp;'];

  it("says whether characterReferenceAt finds one, for the spec's references and non-references", () => {
    for (const text of [...references, ...others]) expect(startsCharacterReference(text, 0), text).toBe(characterReferenceAt(text, 0) !== null);
    expect(references.filter((text) => !startsCharacterReference(text, 0))).toEqual([]);
    expect(others.filter((text) => startsCharacterReference(text, 0))).toEqual([]);
  });

  it('looks only at the given place', () => {
    expect(startsCharacterReference('a &amp; b', 2)).toBe(true);
    expect(startsCharacterReference('a &amp; b', 0)).toBe(false);
    expect(startsCharacterReference('a &amp; b', 3)).toBe(false);
  });
});
