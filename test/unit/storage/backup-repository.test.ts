import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_VERSION, readBackup, type BackupData } from '../../../src/core/backup';
import {
  addItem,
  backupStatus,
  exportBackup,
  listArchive,
  listSnapshots,
  loadClipDraft,
  loadDraft,
  loadSnapshot,
  markBackedUp,
  openCuratorDb,
  restoreBackup,
  saveClipDraft,
  updateDraft,
} from '../../../src/storage';
import { DB_VERSION } from '../../../src/storage/schema';

let dbCount = 0;
const freshDb = () => openCuratorDb(`backup-${++dbCount}`);
const link = (n: number) => ({ title: `Link ${n}`, url: `https://example.com/${n}`, commentary: `Blurb ${n} 🔊` });
const fixture = (version: number): BackupData => {
  const reading = readBackup(readFileSync(new URL(`../../fixtures/backups/v${version}.json`, import.meta.url), 'utf8'));
  if (!reading.ok) throw new Error('fixture unreadable');
  return reading.file.data;
};
/** Everything in the database, in key order. */
async function everything(db: Awaited<ReturnType<typeof openCuratorDb>>) {
  return { issues: await db.getAll('issues'), items: await db.getAll('items'), clips: await db.getAll('clips') };
}

afterEach(() => vi.restoreAllMocks());

describe('backups', () => {
  it('are written at the database’s own schema version', () => {
    // A schema bump needs a backup upgrade step too (src/core/backup/upgrade-backup.ts).
    expect(BACKUP_VERSION).toBe(DB_VERSION);
  });

  it('hold everything, and restore it exactly into a fresh profile', async () => {
    const db = await freshDb();
    const { issue } = await loadDraft(db);
    await updateDraft(db, issue.id, { headline: 'Backstage 🔊', intro: 'Hello' });
    for (const n of [1, 2]) await addItem(db, link(n));
    await saveClipDraft(db, 'https://example.com/half', { title: 'Half', url: 'https://example.com/half', commentary: 'Half a thou' });
    const file = await exportBackup(db, Date.UTC(2026, 4, 6));
    expect(file).toMatchObject({ format: 'kubelist-curator-backup', schemaVersion: DB_VERSION, exportedAt: '2026-05-06T00:00:00.000Z' });

    const reading = readBackup(JSON.stringify(file));
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    const fresh = await freshDb();
    await loadDraft(fresh); // the editor opened first: a blank draft exists already
    await restoreBackup(fresh, reading.file.data, 'merge');
    expect(await everything(fresh)).toEqual(await everything(db));
  });

  it.each([1, 2, 3])('from schema v%i restore into the current one', async (version) => {
    const db = await freshDb();
    await loadDraft(db);
    await restoreBackup(db, fixture(version), 'merge');
    const draft = await loadDraft(db);
    expect(draft.issue).toMatchObject({ number: 94, intro: 'Half an intro' });
    expect(draft.items.map((i) => [i.title, i.urlKey])).toEqual([['“Level 5” operators', 'operators.example.org/level-5']]);
    expect(await listArchive(db)).toMatchObject([{ number: 93, headline: 'Kubelist turns two 🎂', itemCount: 2 }]);
    expect(Boolean(await loadClipDraft(db, 'https://blog.example.com/half-read'))).toBe(version >= 3);
  });

  it('"Replace" keeps a snapshot of what it replaced, in the same transaction, and the snapshot restores it', async () => {
    const db = await freshDb();
    await addItem(db, link(1));
    const before = await everything(db);
    const { snapshotId } = await restoreBackup(db, fixture(3), 'replace', 1000);
    expect((await loadDraft(db)).items.map((i) => i.title)).toEqual(['“Level 5” operators']);
    expect(await listSnapshots(db)).toEqual([{ id: snapshotId, takenAt: 1000, items: 1 }]);
    const snapshot = await loadSnapshot(db, snapshotId!);
    await restoreBackup(db, snapshot!.data, 'replace', 2000);
    expect(await everything(db)).toEqual(before);
    expect(await listSnapshots(db)).toHaveLength(2);
  });

  it('keep only the three latest snapshots', async () => {
    const db = await freshDb();
    for (const at of [1, 2, 3, 4]) await restoreBackup(db, fixture(3), 'replace', at);
    expect((await listSnapshots(db)).map((s) => s.takenAt)).toEqual([4, 3, 2]);
  });

  it('restore all or nothing: a write that fails midway (no room left) changes nothing', async () => {
    const db = await freshDb();
    await addItem(db, link(1));
    const before = await everything(db);
    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++puts === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    await expect(restoreBackup(db, fixture(3), 'replace')).rejects.toMatchObject({ name: 'QuotaExceededError' });
    vi.restoreAllMocks();
    expect(await everything(db)).toEqual(before);
    expect(await listSnapshots(db)).toEqual([]);
  });

  it('remember when the last one was made, and count the items added since', async () => {
    const db = await freshDb();
    await addItem(db, link(1), 100);
    expect(await backupStatus(db)).toEqual({ lastBackupAt: null, itemsSince: 1 });
    await markBackedUp(db, 150);
    await addItem(db, link(2), 200);
    await addItem(db, link(3), 300);
    expect(await backupStatus(db)).toEqual({ lastBackupAt: 150, itemsSince: 2 });
  });
});
