import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_DB_SCHEMA, BACKUP_VERSION, type BackupData, COUNT_SINCE_BACKUP_LIMIT, readBackup } from '../../../src/core/backup';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import {
  addItem,
  backupStatus,
  exportBackup,
  listArchive,
  listSnapshots,
  loadClipDraft,
  loadDraft,
  loadSettings,
  loadSnapshot,
  markBackedUp,
  openCuratorDb,
  restoreBackup,
  saveClipDraft,
  saveSettings,
  updateDraft,
} from '../../../src/storage';
import { DB_VERSION } from '../../../src/storage/schema';
import { seedLargeArchive } from '../../fixtures/large-archive';

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
  it('hold the records of the database’s own schema version', () => {
    // A schema bump needs a backup version and upgrade step too (src/core/backup/upgrade-backup.ts).
    expect(BACKUP_DB_SCHEMA).toBe(DB_VERSION);
  });

  it('carry each item’s section and the sections setting through a restore', async () => {
    const db = await freshDb();
    const sections = [{ name: 'News', limit: 2 }];
    await saveSettings(db, { ...DEFAULT_SETTINGS, sections });
    await addItem(db, { ...link(1), section: 'News' });
    await addItem(db, link(2));
    const reading = readBackup(JSON.stringify(await exportBackup(db, Date.UTC(2026, 4, 6))));
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    const fresh = await freshDb();
    await restoreBackup(fresh, reading.file.data, 'replace');
    expect((await loadDraft(fresh)).items.map((i) => i.section)).toEqual(['News', '']);
    expect((await loadSettings(fresh)).sections).toEqual(sections);
  });

  it('hold everything, and restore it exactly into a fresh profile', async () => {
    const db = await freshDb();
    const { issue } = await loadDraft(db);
    await updateDraft(db, issue.id, { headline: 'Backstage 🔊', intro: 'Hello' });
    for (const n of [1, 2]) await addItem(db, link(n));
    await saveClipDraft(db, 'https://example.com/half', { title: 'Half', url: 'https://example.com/half', commentary: 'Half a thou' });
    const file = await exportBackup(db, Date.UTC(2026, 4, 6));
    expect(file).toMatchObject({ format: 'kubelist-curator-backup', schemaVersion: BACKUP_VERSION, exportedAt: '2026-05-06T00:00:00.000Z' });

    const reading = readBackup(JSON.stringify(file));
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    const fresh = await freshDb();
    await loadDraft(fresh); // the editor opened first: a blank draft exists already
    await restoreBackup(fresh, reading.file.data, 'merge');
    expect(await everything(fresh)).toEqual(await everything(db));
  });

  it.each([1, 2, 3, 4])('from schema v%i restore into the current one', async (version) => {
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
    const snapshot = readBackup(await (await loadSnapshot(db, snapshotId!))!.text());
    if (!snapshot.ok) throw new Error(JSON.stringify(snapshot.problems));
    await restoreBackup(db, snapshot.file.data, 'replace', 2000);
    expect(await everything(db)).toEqual(before);
    expect(await listSnapshots(db)).toHaveLength(2);
  });

  it('hold the settings; "Replace" brings them into a fresh profile, "Merge" keeps the ones there', async () => {
    const db = await freshDb();
    const mine = { ...DEFAULT_SETTINGS, newsletterName: 'Mesh Weekly', weekday: 1, fileNamePattern: '{date}-mesh-{number}.md', disabledRules: ['utm-params'] };
    await saveSettings(db, mine);
    const reading = readBackup(JSON.stringify(await exportBackup(db)));
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    expect(reading.file.data.settings).toEqual(mine);

    const merged = await freshDb();
    await loadDraft(merged);
    const { plan } = await restoreBackup(merged, reading.file.data, 'merge');
    expect(plan.settings.restored).toBe(false);
    expect(await loadSettings(merged)).toEqual(DEFAULT_SETTINGS);

    const replaced = await freshDb();
    await loadDraft(replaced);
    await restoreBackup(replaced, reading.file.data, 'replace');
    expect(await loadSettings(replaced)).toEqual(mine);
  });

  it('of an earlier version leave the settings here as they are, even with "Replace"', async () => {
    const db = await freshDb();
    const mine = { ...DEFAULT_SETTINGS, newsletterName: 'Mesh Weekly' };
    await saveSettings(db, mine);
    await restoreBackup(db, fixture(4), 'replace');
    expect(await loadSettings(db)).toEqual(mine);
  });

  it('restore with a setting that can’t be used: its default is stored, the rest as in the file', async () => {
    const db = await freshDb();
    const file = { ...(await exportBackup(db)) };
    file.data.settings = { ...DEFAULT_SETTINGS, newsletterName: 'Mesh Weekly', weekday: 9 } as never;
    const reading = readBackup(JSON.stringify(file));
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    expect(reading.settingsProblems).toHaveLength(1);
    await restoreBackup(db, reading.file.data, 'replace');
    expect(await loadSettings(db)).toEqual({ ...DEFAULT_SETTINGS, newsletterName: 'Mesh Weekly' });
    expect(await db.get('meta', 'settings')).toEqual({ key: 'settings', settings: { ...DEFAULT_SETTINGS, newsletterName: 'Mesh Weekly' } });
  });

  it('"Replace" snapshots the settings it replaces, and the snapshot brings them back', async () => {
    const db = await freshDb();
    const mine = { ...DEFAULT_SETTINGS, headlineEmoji: '🕸' };
    await saveSettings(db, mine);
    const backup = { ...fixture(3), settings: { ...DEFAULT_SETTINGS, headlineEmoji: '🔊' } };
    const { snapshotId } = await restoreBackup(db, backup, 'replace', 1000);
    expect((await loadSettings(db)).headlineEmoji).toBe('🔊');
    const snapshot = readBackup(await (await loadSnapshot(db, snapshotId!))!.text());
    if (!snapshot.ok) throw new Error(JSON.stringify(snapshot.problems));
    await restoreBackup(db, snapshot.file.data, 'replace', 2000);
    expect(await loadSettings(db)).toEqual(mine);
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
    expect(await backupStatus(db)).toEqual({ lastBackupAt: null, itemsSince: 1, moreSince: false });
    await markBackedUp(db, 150);
    await addItem(db, link(2), 200);
    await addItem(db, link(3), 300);
    expect(await backupStatus(db)).toEqual({ lastBackupAt: 150, itemsSince: 2, moreSince: false });
  });

  it('count the items added since only up to the limit, and say there are more', async () => {
    const db = await freshDb();
    await seedLargeArchive(db, { issues: 201, itemsPerIssue: 5 });
    expect(await backupStatus(db)).toEqual({ lastBackupAt: null, itemsSince: COUNT_SINCE_BACKUP_LIMIT, moreSince: true });
    await markBackedUp(db, -1);
    expect(await backupStatus(db)).toEqual({ lastBackupAt: -1, itemsSince: COUNT_SINCE_BACKUP_LIMIT, moreSince: true });
    await markBackedUp(db, 1);
    expect(await backupStatus(db)).toEqual({ lastBackupAt: 1, itemsSince: 0, moreSince: false });
  });
});
