// The cases are the CommonMark spec's own (0.31.2: 2.1 ASCII punctuation, 2.4 backslash escapes,
// 2.5 entity and numeric character references), so the escapers and the unescaper agree with
// every CommonMark reader, not only with each other.
import { describe, expect, it } from 'vitest';
import { ASCII_PUNCTUATION, matchCharacterReference, startsCharacterReference } from '../../../../src/core/kubelist/commonmark-syntax';

/** Spec 2.1, in the spec's order: U+0021–2F, U+003A–0040, U+005B–0060, U+007B–007E. */
const SPEC_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

describe('ASCII_PUNCTUATION', () => {
  it('holds for exactly the ASCII punctuation the spec lists, among all of ASCII', () => {
    const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
    expect(ascii.filter((ch) => ASCII_PUNCTUATION.test(ch)).join('')).toBe(SPEC_PUNCTUATION);
  });

  it('holds for every character the spec escapes in example 12', () => {
    const example12 = '\\!\\"\\#\\$\\%\\&\\\'\\(\\)\\*\\+\\,\\-\\.\\/\\:\\;\\<\\=\\>\\?\\@\\[\\\\\\]\\^\\_\\`\\{\\|\\}\\~';
    const escaped = [...example12.matchAll(/\\(.)/g)].map((m) => m[1]);
    expect(escaped).toHaveLength(32);
    expect(escaped.filter((ch) => !ASCII_PUNCTUATION.test(ch!))).toEqual([]);
  });

  it('fails for what the spec leaves as a literal backslash and character (example 13)', () => {
    for (const ch of ['\t', 'A', 'a', ' ', '3', 'φ', '«', '→']) expect(ASCII_PUNCTUATION.test(ch), ch).toBe(false);
  });
});

describe('matchCharacterReference', () => {
  /** What was matched: the whole reference, and which of decimal, hex and name. */
  const at0 = (text: string) => {
    const match = matchCharacterReference(text, 0);
    return match && { whole: match[0], decimal: match[1], hex: match[2], name: match[3] };
  };

  it('reads the named references of example 25 as names, whole', () => {
    const names = ['nbsp', 'amp', 'copy', 'AElig', 'Dcaron', 'frac34', 'HilbertSpace', 'DifferentialD', 'ClockwiseContourIntegral', 'ngE'];
    for (const name of names) expect(at0(`&${name};`)).toEqual({ whole: `&${name};`, name });
  });

  it('reads the decimal references of example 26', () => {
    expect(['&#35;', '&#1234;', '&#992;', '&#0;'].map(at0)).toEqual([
      { whole: '&#35;', decimal: '35' },
      { whole: '&#1234;', decimal: '1234' },
      { whole: '&#992;', decimal: '992' },
      { whole: '&#0;', decimal: '0' },
    ]);
  });

  it('reads the hexadecimal references of example 27, with x or X', () => {
    expect(['&#X22;', '&#XD06;', '&#xcab;'].map(at0)).toEqual([
      { whole: '&#X22;', hex: '22' },
      { whole: '&#XD06;', hex: 'D06' },
      { whole: '&#xcab;', hex: 'cab' },
    ]);
  });

  it('finds none in what examples 28 and 29 show is not a reference by its shape', () => {
    for (const text of ['&nbsp', '&#;', '&#x;', '&#87654321;', '&#abcdef0;', '&hi?;', '&copy', '& amp;', '&#x1234567;', '&1a;'])
      expect(at0(text), text).toBeNull();
  });

  it('reads a well-shaped unknown name (examples 28 and 30) as a name: the reader decides whether it knows it', () => {
    expect(at0('&x;')).toEqual({ whole: '&x;', name: 'x' });
    expect(at0('&ThisIsNotDefined;')).toEqual({ whole: '&ThisIsNotDefined;', name: 'ThisIsNotDefined' });
    expect(at0('&MadeUpEntity;')).toEqual({ whole: '&MadeUpEntity;', name: 'MadeUpEntity' });
  });

  it('takes up to 7 decimal and 6 hex digits', () => {
    expect(at0('&#1234567;')).toEqual({ whole: '&#1234567;', decimal: '1234567' });
    expect(at0('&#x10FFFF;')).toEqual({ whole: '&#x10FFFF;', hex: '10FFFF' });
    expect(at0('&#12345678;')).toBeNull();
  });

  it('reads only the reference starting at the given place', () => {
    expect(matchCharacterReference('a &amp; b', 2)?.[0]).toBe('&amp;');
    expect(matchCharacterReference('a &amp; b', 0)).toBeNull();
    expect(matchCharacterReference('a &amp; b', 3)).toBeNull();
  });
});

describe('startsCharacterReference', () => {
  const references = ['&nbsp;', '&ClockwiseContourIntegral;', '&x;', '&#35;', '&#0;', '&#1234567;', '&#X22;', '&#xcab;'];
  const others = ['&nbsp', '&#;', '&#x;', '&#87654321;', '&#abcdef0;', '&hi?;', '&copy', '& amp;', '&#x1234567;', '&', 'amp;'];

  it("holds for the spec's references and fails for its non-references", () => {
    expect(references.filter((text) => !startsCharacterReference(text, 0))).toEqual([]);
    expect(others.filter((text) => startsCharacterReference(text, 0))).toEqual([]);
  });

  it('looks only at the given place', () => {
    expect(startsCharacterReference('a &amp; b', 2)).toBe(true);
    expect(startsCharacterReference('a &amp; b', 0)).toBe(false);
    expect(startsCharacterReference('a &amp; b', 3)).toBe(false);
  });
});
