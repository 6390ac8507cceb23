import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_STORE_ORDER, type BackupData, type BackupReading, backupLines, makeBackup, readBackup, readBackupLines } from '../../../../src/core/backup';
import { DEFAULT_SETTINGS } from '../../../../src/core/model';

const NOW = Date.UTC(2026, 11, 2);

/** The file `backupLines` writes for `data`, its records handed over `batch` at a time. */
function written(data: BackupData, batch = 2): string {
  const lines = backupLines(NOW, data.settings);
  let text = lines.opening();
  for (const store of BACKUP_STORE_ORDER) {
    text += lines.store(store);
    for (let first = 0; first < data[store].length; first += batch) text += lines.records(data[store].slice(first, first + batch));
  }
  return text + lines.closing();
}

/** Reads `text` a line at a time; null when the reader says it must be read whole. */
function readByLines(text: string): BackupReading | null {
  const reader = readBackupLines();
  for (const line of text.split('\n')) {
    if (!reader.line(line)) return null;
    if (reader.settled) return reader.settled;
  }
  return reader.end();
}

// Text that breaks line-based formats: line breaks of every kind, quotes, escapes, lone
// surrogates, HTML that ends a script, and pieces of the layout's own lines.
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029', '"', '\\', '\\n', '\uD800', '\uDFFF', '</script>', '],', ']}}', '"issues":[', '},{', '\u0000'),
      fc.string({ unit: 'binary', maxLength: 8 }),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const dataArb = fc
  .record({
    issues: fc.array(fc.record({ headline: hostile, intro: hostile }), { minLength: 1, maxLength: 5 }),
    items: fc.array(fc.record({ issue: fc.nat(4), title: hostile, commentary: hostile }), { maxLength: 8 }),
    clips: fc.array(fc.record({ title: hostile, commentary: hostile }), { maxLength: 3 }),
    newsletterName: hostile,
  })
  .map(({ issues, items, clips, newsletterName }): BackupData => {
    const issueRecords = issues.map(({ headline, intro }, i) => ({
      id: `issue-${i}`,
      status: i === 0 ? ('draft' as const) : ('published' as const),
      number: 100 + i,
      date: '2026-12-02',
      headline,
      intro,
      createdAt: 1,
      updatedAt: 2,
    }));
    return {
      issues: issueRecords,
      items: items.map(({ issue, title, commentary }, i) => ({
        id: `item-${i}`,
        issueId: issueRecords[issue % issueRecords.length]!.id,
        position: i,
        title,
        url: `https://example.com/${i}`,
        urlKey: `example.com/${i}`,
        commentary,
        addedAt: 1,
        updatedAt: 2,
      })),
      clips: clips.map(({ title, commentary }, i) => ({
        urlKey: `example.com/clip-${i}`,
        title,
        url: `https://example.com/clip-${i}`,
        commentary,
        updatedAt: 3,
      })),
      settings: { ...DEFAULT_SETTINGS, newsletterName },
    };
  });

describe('the backup file’s layout', () => {
  it('is JSON without indentation: the envelope, the settings, each store’s opening and each record on a line of its own', () => {
    const data: BackupData = {
      issues: [{ id: 'd', status: 'draft', number: 5, date: '', headline: 'H', intro: 'a\nb', createdAt: 1, updatedAt: 2 }],
      items: [],
      clips: [{ urlKey: 'example.com/x', title: 'X', url: 'https://example.com/x', commentary: '', updatedAt: 1 }],
      settings: DEFAULT_SETTINGS,
    };
    const text = written(data);
    expect(JSON.parse(text)).toEqual(makeBackup(data, NOW));
    expect(text.split('\n')).toEqual([
      '{"format":"kubelist-curator-backup","schemaVersion":6,"exportedAt":"2026-12-02T00:00:00.000Z","data":{',
      `"settings":${JSON.stringify(DEFAULT_SETTINGS)},`,
      '"issues":[',
      JSON.stringify(data.issues[0]),
      '],',
      '"items":[',
      '],',
      '"clips":[',
      JSON.stringify(data.clips[0]),
      ']}}',
      '',
    ]);
  });

  it('reads back exactly, line by line and whole, whatever the text holds', () => {
    fc.assert(
      fc.property(dataArb, fc.integer({ min: 1, max: 4 }), (data, batch) => {
        const text = written(data, batch);
        const whole = readBackup(text);
        if (!whole.ok) throw new Error(JSON.stringify(whole.problems));
        // The settings are checked field by field: one that can't be used takes its default.
        expect(whole.file).toEqual(makeBackup({ ...data, settings: whole.file.data.settings }, NOW));
        expect(readByLines(text)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same problems line by line as whole', () => {
    const broken = fc.record({
      field: fc.constantFrom('title', 'url', 'position', 'issueId', 'id', '__proto__', 'extra'),
      value: fc.constantFrom(null, 7, 'javascript:alert(1)', '', 'issue-0', [1], { a: 1 }),
      at: fc.nat(7),
    });
    fc.assert(
      fc.property(dataArb, broken, (data, { field, value, at }) => {
        if (data.items.length === 0) return;
        const items = data.items.map((item, i) =>
          i === at % data.items.length ? JSON.parse(`{${JSON.stringify(item).slice(1, -1)},${JSON.stringify(field)}:${JSON.stringify(value)}}`) : item,
        );
        const text = written({ ...data, items });
        const whole = readBackup(text);
        expect(readByLines(text)).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('is never taken line by line when cut short: the whole reader says it is not JSON', () => {
    fc.assert(
      fc.property(dataArb, fc.double({ min: 0, max: 1, noNaN: true }), (data, where) => {
        const text = written(data);
        // Cutting off only the final line break leaves the whole file.
        const cut = text.slice(0, Math.floor(where * (text.length - 2)));
        expect(readByLines(cut)).toBeNull();
        expect(readBackup(cut)).toMatchObject({ ok: false, problems: [{ path: '$', code: 'notJson' }] });
      }),
      { numRuns: 300 },
    );
  });

  it('leaves older layouts to the whole reader: pretty-printed, or on one line', () => {
    const data: BackupData = { issues: [], items: [], clips: [], settings: DEFAULT_SETTINGS };
    expect(readByLines(JSON.stringify(makeBackup(data, NOW), null, 2))).toBeNull();
    expect(readByLines(JSON.stringify(makeBackup(data, NOW)))).toBeNull();
  });

  it('refuses a newer or foreign file from its first line, without reading on', () => {
    const reader = readBackupLines();
    expect(reader.line('{"format":"kubelist-curator-backup","schemaVersion":99,"exportedAt":"2026-12-02T00:00:00.000Z","data":{')).toBe(true);
    expect(reader.settled).toEqual({ ok: false, problems: [{ path: '$.schemaVersion', code: 'newerSchema', version: 99, readsUpTo: 6 }] });
  });
});
