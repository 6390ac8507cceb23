import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { urlKey } from '../core/cleanup';
import { abortTransaction } from './abort-transaction';
import type { CuratorDb } from './schema';

export type UpgradeTx = IDBPTransaction<CuratorDb, StoreNames<CuratorDb>[], 'versionchange'>;
export type Migration = (db: IDBPDatabase<CuratorDb>, tx: UpgradeTx) => void | Promise<void>;

/**
 * One step per schema version: `MIGRATIONS[n - 1]` takes a database from version n - 1 to n.
 * Steps run inside the upgrade transaction, so a step that fails aborts the whole upgrade and
 * leaves the data and version as they were. Never edit a step that has shipped.
 */
export const MIGRATIONS: readonly Migration[] = [
  // v1: issues (draft and published) and their items as separate records.
  (db) => {
    const issues = db.createObjectStore('issues', { keyPath: 'id' });
    issues.createIndex('by-status', 'status');
    issues.createIndex('by-number', 'number');
    const items = db.createObjectStore('items', { keyPath: 'id' });
    items.createIndex('by-issue', 'issueId');
  },
  // v2: a normalized URL key on every item, indexed, for "already featured" lookups.
  async (_db, tx) => {
    const items = tx.objectStore('items');
    items.createIndex('by-url-key', 'urlKey');
    for (let cursor = await items.openCursor(); cursor; cursor = await cursor.continue()) {
      await cursor.update({ ...cursor.value, urlKey: urlKey(cursor.value.url) });
    }
  },
  // v3: blurbs typed in the popup for pages not yet added, kept until added or abandoned.
  (db) => {
    db.createObjectStore('clips', { keyPath: 'urlKey' }).createIndex('by-updated', 'updatedAt');
  },
  // v4: `meta` (when the last backup was made), `snapshots` (data a restore replaced), and items
  // indexed by when they were added, to count what no backup holds yet.
  (db, tx) => {
    db.createObjectStore('meta', { keyPath: 'key' });
    db.createObjectStore('snapshots', { keyPath: 'id' }).createIndex('by-taken', 'takenAt');
    tx.objectStore('items').createIndex('by-added', 'addedAt');
  },
  // v5: items by issue and time added, so the pool of collected links (one reserved issue id)
  // is read newest first a page at a time, and its old links found, without reading it all.
  (_db, tx) => {
    tx.objectStore('items').createIndex('by-issue-added', ['issueId', 'addedAt']);
  },
  // v6: items by section name, so renaming a section reaches its items without reading the
  // archive's others. Items written before sections existed have no such field and stay out of
  // the index, as they name no section.
  (_db, tx) => {
    tx.objectStore('items').createIndex('by-section', 'section');
  },
];

/**
 * Runs every step between `oldVersion` and `newVersion`, in order. A step that throws or
 * rejects aborts the upgrade transaction (an async failure would not do so by itself).
 */
export async function runMigrations(
  db: IDBPDatabase<CuratorDb>,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
  steps: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  try {
    for (let version = oldVersion + 1; version <= newVersion; version++) {
      const step = steps[version - 1];
      if (!step) throw new Error(`No migration to schema version ${version}`);
      await step(db, tx);
    }
  } catch (error) {
    // Not awaited: openDB reports the upgrade's end, and reads the reason from this rejection.
    void abortTransaction(tx);
    throw error;
  }
}
