import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { POOL_ISSUE_ID } from '../../../src/core/model';
import {
  backupStatus,
  findFeatured,
  listPool,
  loadClipDraft,
  loadDraft,
  loadSettings,
  NewerDataError,
  openCuratorDb,
  returnItemToPool,
  saveSettings,
} from '../../../src/storage';
import { MIGRATIONS, type Migration, runMigrations } from '../../../src/storage/migrations';
import { type CuratorDb, DB_VERSION } from '../../../src/storage/schema';
import { oldDatabase, V1_RECORDS, V2_RECORDS, V3_RECORDS, V5_RECORDS } from '../../fixtures/old-databases';

let count = 0;
const name = () => `migrations-${++count}`;

const v1Fixture = (dbName: string) => oldDatabase(dbName, 1, V1_RECORDS);

describe('schema migrations', () => {
  it('has one step per version', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
  });

  it('v1 → current keys every existing item by its normalized URL, keeping everything else', async () => {
    const dbName = name();
    await v1Fixture(dbName);
    const db = await openCuratorDb(dbName);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['clips', 'issues', 'items', 'meta', 'snapshots']);
    expect(await db.get('items', 'a')).toMatchObject({ title: 'Old link', url: 'https://www.example.com/post/?utm_source=x' });
    expect(await findFeatured(db, 'http://example.com/post')).toEqual([{ status: 'published', number: 93, date: '2020-12-02', title: 'Old link' }]);
    expect((await loadDraft(db)).items.map((i) => i.title)).toEqual(['Draft link']);
  });

  it('v2 → current keeps every record, and adds the popup blurbs and backup stores', async () => {
    const dbName = name();
    await oldDatabase(dbName, 2, V2_RECORDS);
    const db = await openCuratorDb(dbName);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('items')).toEqual(V2_RECORDS.items);
    expect(await db.getAll('issues')).toEqual([...V2_RECORDS.issues].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.count('clips')).toBe(0);
    expect(await findFeatured(db, 'https://example.com/post')).toHaveLength(1);
    // Never backed up: every item is in no backup, counted through v4's new index.
    expect(await backupStatus(db)).toEqual({ lastBackupAt: null, itemsSince: 2, moreSince: false });
    db.close();
  });

  it('v3 → current keeps the half-written blurbs and counts items added since the last backup', async () => {
    const dbName = name();
    await oldDatabase(dbName, 3, V3_RECORDS);
    const db = await openCuratorDb(dbName);
    expect(await loadClipDraft(db, 'https://example.com/half')).toEqual(V3_RECORDS.clips[0]);
    expect(await db.getAll('items')).toEqual(V2_RECORDS.items);
    await db.put('meta', { key: 'last-backup', at: 5 });
    expect(await backupStatus(db)).toEqual({ lastBackupAt: 5, itemsSince: 0, moreSince: false });
    expect(await db.count('snapshots')).toBe(0);
    db.close();
  });

  /** What opening a v3 database throws with the v4 step swapped for `step` (for that open only). */
  async function openWithStep4(dbName: string, step: Migration): Promise<unknown> {
    await oldDatabase(dbName, 3, V3_RECORDS);
    const original = MIGRATIONS[3]!;
    (MIGRATIONS as Migration[])[3] = step;
    try {
      return await openCuratorDb(dbName).then(
        () => undefined,
        (reason: unknown) => reason,
      );
    } finally {
      (MIGRATIONS as Migration[])[3] = original;
    }
  }

  /** The database is still at version 3, its half-written blurb kept. */
  async function expectLeftAtV3(dbName: string) {
    const db = await openDB<CuratorDb>(dbName);
    expect(db.version).toBe(3);
    expect(await db.count('clips')).toBe(1);
    db.close();
  }

  it('v4 → current indexes the items by issue and time added: an old item can go to the pool and be listed', async () => {
    const dbName = name();
    await oldDatabase(dbName, 4, V3_RECORDS);
    const db = await openCuratorDb(dbName);
    expect([...db.transaction('items').store.indexNames]).toContain('by-issue-added');
    expect(await db.getAll('items')).toEqual(V2_RECORDS.items);
    expect(await returnItemToPool(db, 'b', 7)).toBe(true);
    expect((await listPool(db)).links).toEqual([{ ...V2_RECORDS.items[1]!, issueId: POOL_ISSUE_ID, position: 0, updatedAt: 7 }]);
    db.close();
  });

  it('v5 → current indexes the items by section: a rename reaches the archived item, and the others stay', async () => {
    const dbName = name();
    await oldDatabase(dbName, 5, V5_RECORDS);
    const db = await openCuratorDb(dbName);
    expect(await db.getAll('items')).toEqual(V5_RECORDS.items);
    expect(await db.getAllKeysFromIndex('items', 'by-section', 'Tools')).toEqual(['a']);
    await saveSettings(db, { ...(await loadSettings(db)), sections: [{ name: 'Tooling', limit: null }] }, [{ from: 'Tools', to: 'Tooling' }], 11);
    const [a, b, c] = await db.getAll('items');
    expect(a).toEqual({ ...V5_RECORDS.items[0], section: 'Tooling', updatedAt: 11 });
    expect([b, c]).toEqual(V5_RECORDS.items.slice(1));
    db.close();
  });

  it('a failed step says why, and the database stays at its version with its data', async () => {
    const dbName = name();
    const error = await openWithStep4(dbName, () => {
      throw new Error('step 4 broke');
    });
    expect(error).toMatchObject({ problem: 'upgradeFailed', detail: 'step 4 broke' });
    await expectLeftAtV3(dbName);
  });

  it("a step whose request fails says why: the request's own error, not the abort's", async () => {
    const dbName = name();
    // A request that fails aborts the upgrade itself; aborting it again threw over the reason.
    const error = await openWithStep4(dbName, async (_db, tx) => {
      await tx.objectStore('clips').add(V3_RECORDS.clips[0]!);
    });
    expect(error).toMatchObject({ problem: 'upgradeFailed', cause: { name: 'ConstraintError' } });
    await expectLeftAtV3(dbName);
  });

  it('a failing step aborts the upgrade: data and version stay as they were', async () => {
    const dbName = name();
    await v1Fixture(dbName);
    const failing: Migration[] = [
      ...MIGRATIONS.slice(0, 1),
      async (_db, tx) => {
        await tx.objectStore('items').delete('a'); // would lose data if the upgrade committed
        throw new Error('step 2 broke');
      },
    ];
    await expect(
      openDB<CuratorDb>(dbName, 2, { upgrade: (d, old, next, tx) => void runMigrations(d, tx, old, next ?? 2, failing).catch(() => undefined) }),
    ).rejects.toThrow();
    const db = await openDB<CuratorDb>(dbName);
    expect(db.version).toBe(1);
    expect(await db.count('items')).toBe(2);
    db.close();
  });

  it('refuses data from a newer version with a clear message, and deletes nothing', async () => {
    const dbName = name();
    const newer = await openDB(dbName, DB_VERSION + 1, { upgrade: (d) => void d.createObjectStore('future') });
    newer.close();
    await expect(openCuratorDb(dbName)).rejects.toBeInstanceOf(NewerDataError);
    await expect(openCuratorDb(dbName)).rejects.toMatchObject({ problem: 'newerData' });
    const again = await openDB(dbName);
    expect(again.version).toBe(DB_VERSION + 1);
    expect([...again.objectStoreNames]).toEqual(['future']);
    again.close();
  });
});
