import { openDB, type IDBPDatabase } from 'idb';
import { runMigrations } from './migrations';
import { DB_NAME, DB_VERSION, type CuratorDb } from './schema';

export type CuratorDatabase = IDBPDatabase<CuratorDb>;

/** Opens (creating or upgrading) the curator's database. */
export function openCuratorDb(name = DB_NAME): Promise<CuratorDatabase> {
  return openDB<CuratorDb>(name, DB_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      runMigrations(db, tx, oldVersion, newVersion ?? DB_VERSION);
    },
    blocking(_current, _next, event) {
      // Another page wants a newer schema: step aside rather than stall its upgrade.
      (event.target as IDBDatabase).close();
    },
  });
}
