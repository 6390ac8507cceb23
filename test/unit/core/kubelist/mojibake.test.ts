import { describe, expect, it } from 'vitest';
import { looksLikeMojibake, repairMojibake } from '../../../../src/core/kubelist';
import { itWithArchive, readArchive } from '../../../fixtures/archive';
import { readSyntheticIssues } from '../../../fixtures/synthetic-issues';

/**
 * Windows-1252 decoding written out by hand, independent of the code under test: 0x80–0x9F
 * as below (the five undefined bytes pass through as U+0081 and so on), everything else Latin-1.
 */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function misreadAsWindows1252(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return Array.from(bytes, (b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80]! : String.fromCharCode(b))).join('');
}

describe('repairMojibake', () => {
  it('has a 32-entry hand-written table for 0x80–0x9F', () => {
    expect([...HIGH]).toHaveLength(32);
  });

  it.each([
    ['Weâ€™re', 'We’re'],
    ['ðŸ”Š', '🔊'],
    ['â€œquotedâ€\u009d â€” dash', '“quoted” — dash'],
    ['cafÃ©', 'café'],
  ])('repairs %j to %j', (mangled, fixed) => {
    expect(repairMojibake(mangled)).toBe(fixed);
    expect(looksLikeMojibake(mangled)).toBe(true);
  });

  it('repairs characters whose UTF-8 holds the five bytes Windows-1252 leaves undefined', () => {
    const text = 'Á Í Ï Ð Ý 🍁 …';
    const mangled = misreadAsWindows1252(text);
    expect(mangled).toContain('\u0081');
    expect(mangled).toContain('\u009d');
    expect(repairMojibake(mangled)).toBe(text);
  });

  it('repairs every synthetic issue misread as Windows-1252, byte for byte, and leaves the originals alone', () => {
    const synthetic = [...readSyntheticIssues().values()];
    for (const text of synthetic) {
      const mangled = misreadAsWindows1252(text);
      expect(repairMojibake(mangled)).toBe(text);
      expect(repairMojibake(text)).toBe(text);
      expect(looksLikeMojibake(text)).toBe(false);
      expect(looksLikeMojibake(mangled)).toBe(mangled !== text);
    }
    // All but the one pure-ASCII issue (#42) hold curly quotes, umlauts or emoji.
    expect(synthetic.filter((text) => misreadAsWindows1252(text) !== text)).toHaveLength(synthetic.length - 1);
  });

  itWithArchive('repairs a whole archived issue misread as Windows-1252, byte for byte, and leaves the originals alone', () => {
    let changed = 0;
    for (const text of readArchive().values()) {
      const mangled = misreadAsWindows1252(text);
      if (mangled !== text) changed++;
      expect(repairMojibake(mangled)).toBe(text);
      expect(repairMojibake(text)).toBe(text);
      expect(looksLikeMojibake(text)).toBe(false);
      expect(looksLikeMojibake(mangled)).toBe(mangled !== text);
    }
    // Most issues hold curly quotes or emoji; the few pure-ASCII ones are unaffected.
    expect(changed).toBeGreaterThan(100);
  });

  it.each(['café', 'Ñandú', 'Ångström naïve façade', 'plain ASCII', '', 'We’re fine 🔊', 'Â alone', '¿Qué?'])('leaves %j unchanged', (text) => {
    expect(repairMojibake(text)).toBe(text);
    expect(looksLikeMojibake(text)).toBe(false);
  });

  it('leaves text unchanged when only part of it is mangled, since it cannot all map back', () => {
    const mixed = 'Weâ€™re 中文';
    expect(repairMojibake(mixed)).toBe(mixed);
    expect(looksLikeMojibake(mixed)).toBe(false);
  });

  it('keeps a mangled byte order mark as U+FEFF rather than hiding it', () => {
    expect(repairMojibake('ï»¿Hi â€“')).toBe('\ufeffHi –');
  });
});
