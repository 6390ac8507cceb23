import { describe, expect, it } from 'vitest';
import { suspectMojibake } from '../../../../src/core/import';
import { mojibakeSample } from '../../../../src/core/import/mojibake-sample';
import { repairMojibake } from '../../../../src/core/kubelist';
import { itWithArchive, readArchive } from '../../../fixtures/archive';
import { misreadAsWindows1252 } from '../../../fixtures/misread-as-windows-1252';

describe('mojibakeSample', () => {
  it('shows the first changed line, cut around the change', () => {
    const fixed = '## Heading\n\n#### Backstage (from Spotify) 🔊\n\n> We’re back';
    const mangled = misreadAsWindows1252(fixed);
    expect(mojibakeSample(mangled, fixed)).toEqual({ line: 3, before: '… (from Spotify) ðŸ”Š', after: '… (from Spotify) 🔊' });
  });

  it('cuts long lines on both sides', () => {
    const fixed = `${'a'.repeat(40)}’${'b'.repeat(100)}`;
    const sample = mojibakeSample(misreadAsWindows1252(fixed), fixed)!;
    expect(sample.after).toBe(`…${'a'.repeat(16)}’${'b'.repeat(47)}…`);
    expect(sample.before.startsWith(`…${'a'.repeat(16)}â€™`)).toBe(true);
  });

  it('is null when nothing changed', () => {
    expect(mojibakeSample('same', 'same')).toBeNull();
  });
});

describe('suspectMojibake', () => {
  it('flags mangled text that cannot be repaired as a whole', () => {
    const mixed = 'Weâ€™re 中文';
    expect(repairMojibake(mixed)).toBe(mixed);
    expect(suspectMojibake(mixed)).toBe(true);
    expect(suspectMojibake('cafÃ© 🔊')).toBe(true);
    expect(suspectMojibake('ðŸ”Š and ✓')).toBe(true);
  });

  it.each(['café', 'Ñandú', 'Ångström naïve façade', 'Â alone', '¿Qué?', 'We’re fine 🔊', 'plain'])('leaves %j alone', (text) => {
    expect(suspectMojibake(text)).toBe(false);
  });

  itWithArchive('finds nothing suspect in the real archive', () => {
    const flagged = [...readArchive()].filter(([, text]) => suspectMojibake(text)).map(([n]) => n);
    expect(flagged).toEqual([]);
  });
});

describe('mojibakeSample at the end of its cut', () => {
  it('keeps an emoji whole', () => {
    const fixed = `’${'b'.repeat(62)}🔊 tail`;
    const sample = mojibakeSample(misreadAsWindows1252(fixed), fixed)!;
    expect(sample.after).toBe(`’${'b'.repeat(62)}…`);
  });
});
