import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPacer } from '../../../../../options/sections/backup/pacer';
import { readBackupFile } from '../../../../../options/sections/backup/read-backup-file';
import { type BackupData, readBackup } from '../../../../../src/core/backup';
import { DEFAULT_SETTINGS } from '../../../../../src/core/model';
import { loadDraft, openCuratorDb, restoreBackup, writeBackup } from '../../../../../src/storage';

const fixture = (version: number) => readFileSync(join(import.meta.dirname, `../../../../fixtures/backups/v${version}.json`), 'utf8');
const fileOf = (text: string | Blob) => new File([text], 'backup.json', { type: 'application/json' });
let dbCount = 0;

/** A clock that moves `step` ms each time it is read, and counts the yields. */
function fakeClock(step: number) {
  let now = 0;
  const clock = { yields: 0, now: () => (now += step), yield: async () => void clock.yields++ };
  return clock;
}

/** `issues` published issues of `perIssue` items each, with text made to break line-based readers. */
function generated(issues: number, perIssue: number): BackupData {
  const data: BackupData = { issues: [], items: [], clips: [], settings: { ...DEFAULT_SETTINGS, newsletterName: 'Mesh\u2028Weekly' } };
  for (let n = 1; n <= issues; n++) {
    const id = `issue-${n}`;
    data.issues.push({ id, status: 'published', number: n, date: '2021-01-06', headline: `#${n} "quoted"\n`, intro: '</script>', createdAt: 1, updatedAt: 1 });
    for (let i = 0; i < perIssue; i++) {
      const url = `https://example.com/${n}/${i}`;
      const title = `Link ${n}.${i} \uD800 \u2029 ],`;
      data.items.push({
        id: `${id}-${i}`,
        issueId: id,
        position: i,
        title,
        url,
        urlKey: `example.com/${n}/${i}`,
        commentary: 'a\nb',
        addedAt: 1,
        updatedAt: 1,
      });
    }
  }
  return data;
}

describe('reading a backup file', () => {
  it('takes this extension’s own file a chunk at a time, giving the page its turn between records and telling how far it is', async () => {
    const db = await openCuratorDb(`read-backup-file-${++dbCount}`);
    await restoreBackup(db, generated(200, 5), 'replace');
    const file = fileOf(await writeBackup(db, 1000));
    expect(file.size).toBeGreaterThan(3 * 65_536);
    const clock = fakeClock(50);
    const progress: number[] = [];
    const reading = await readBackupFile(file, (done) => progress.push(done), createPacer(clock));
    expect(reading).toEqual(readBackup(await file.text()));
    expect(reading.ok).toBe(true);
    // More than one chunk; and, as this clock says each slice's time is gone at every look, a
    // yield after each of the 1,200 records: a chunk of the stream holds hundreds of them.
    expect(progress.length).toBeGreaterThan(1);
    expect(clock.yields).toBeGreaterThanOrEqual(1200);
    expect(progress.at(-1)).toBe(file.size);
  });

  it('does not give up its turn while a slice of time is left', async () => {
    const clock = fakeClock(0);
    const pacer = createPacer(clock);
    for (let i = 0; i < 10; i++) await pacer.pause();
    expect(clock.yields).toBe(0);
  });

  it.each([1, 2, 3, 4])('reads an older, pretty-printed backup (schema v%i) whole, as before', async (version) => {
    const reading = await readBackupFile(fileOf(fixture(version)));
    expect(reading.ok).toBe(true);
    expect(reading).toEqual(readBackup(fixture(version)));
  });

  it('reads a backup on one line whole', async () => {
    const text = JSON.stringify(JSON.parse(fixture(4)));
    expect(await readBackupFile(fileOf(text))).toEqual(readBackup(text));
  });

  it('says a file cut short is not JSON', async () => {
    const db = await openCuratorDb(`read-backup-file-${++dbCount}`);
    await loadDraft(db);
    const text = await (await writeBackup(db, 1000)).text();
    const reading = await readBackupFile(fileOf(text.slice(0, text.lastIndexOf('],'))));
    expect(reading).toMatchObject({ ok: false, problems: [{ path: '$', code: 'notJson' }] });
  });

  it('round-trips thousands of issues: written by the extension, read as a stream, restored exactly', async () => {
    const data = generated(2000, 4);
    const first = await openCuratorDb(`read-backup-file-${++dbCount}`);
    await restoreBackup(first, data, 'replace');
    const reading = await readBackupFile(fileOf(await writeBackup(first, 1000)));
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems.slice(0, 3)));
    const second = await openCuratorDb(`read-backup-file-${++dbCount}`);
    await loadDraft(second);
    await restoreBackup(second, reading.file.data, 'merge');
    const everything = async (db: typeof first) => ({ issues: await db.getAll('issues'), items: await db.getAll('items') });
    const restored = await everything(second);
    expect(restored.items).toHaveLength(8000);
    // The fresh profile’s blank draft stays beside them: the backup holds no draft.
    expect(restored.issues.filter((issue) => issue.status === 'published')).toEqual((await everything(first)).issues);
    expect(restored.items).toEqual((await everything(first)).items);
  });
});
