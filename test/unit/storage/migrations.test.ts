import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { findFeatured, loadDraft, NewerDataError, openCuratorDb } from '../../../src/storage';
import { MIGRATIONS, runMigrations, type Migration } from '../../../src/storage/migrations';
import { DB_VERSION, type CuratorDb } from '../../../src/storage/schema';

let count = 0;
const name = () => `migrations-${++count}`;

/** A database exactly as schema v1 left it: no urlKey on items, no by-url-key index. */
async function v1Fixture(dbName: string) {
  const db = await openDB<CuratorDb>(dbName, 1, {
    upgrade: (d, old, next, tx) => void runMigrations(d, tx, old, next ?? 1, MIGRATIONS.slice(0, 1)),
  });
  const issue = { status: 'published' as const, number: 93, date: '2020-12-02', headline: '', intro: '', createdAt: 0, updatedAt: 0 };
  await db.put('issues', { id: 'i93', ...issue });
  await db.put('issues', { id: 'draft', ...issue, status: 'draft', number: 94 });
  const item = { position: 0, commentary: '', addedAt: 0, updatedAt: 0 };
  // v1 records had no urlKey; the cast writes one as it was then.
  await db.put('items', { id: 'a', issueId: 'i93', title: 'Old link', url: 'https://www.example.com/post/?utm_source=x', ...item } as never);
  await db.put('items', { id: 'b', issueId: 'draft', title: 'Draft link', url: 'http://other.test/a', ...item } as never);
  db.close();
}

describe('schema migrations', () => {
  it('has one step per version', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
  });

  it('v1 → current keys every existing item by its normalized URL, keeping everything else', async () => {
    const dbName = name();
    await v1Fixture(dbName);
    const db = await openCuratorDb(dbName);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['clips', 'issues', 'items']);
    expect(await db.get('items', 'a')).toMatchObject({ title: 'Old link', url: 'https://www.example.com/post/?utm_source=x' });
    expect(await findFeatured(db, 'http://example.com/post')).toEqual([
      { status: 'published', number: 93, date: '2020-12-02', title: 'Old link' },
    ]);
    expect((await loadDraft(db)).items.map((i) => i.title)).toEqual(['Draft link']);
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
    const again = await openDB(dbName);
    expect(again.version).toBe(DB_VERSION + 1);
    expect([...again.objectStoreNames]).toEqual(['future']);
    again.close();
  });
});
