import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { CuratorDb } from './schema';

type UpgradeTx = IDBPTransaction<CuratorDb, StoreNames<CuratorDb>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<CuratorDb>, tx: UpgradeTx) => void;

/**
 * One step per schema version: `MIGRATIONS[n - 1]` takes a database from version n - 1 to n.
 * Steps run inside the upgrade transaction, so a step that throws aborts the whole upgrade and
 * leaves the data and version as they were.
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
];

/** Runs every step between `oldVersion` and `newVersion`, in order. */
export function runMigrations(
  db: IDBPDatabase<CuratorDb>,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = MIGRATIONS[version - 1];
    if (!step) throw new Error(`No migration to schema version ${version}`);
    step(db, tx);
  }
}
