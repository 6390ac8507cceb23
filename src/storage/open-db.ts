import { openDB, type IDBPDatabase } from 'idb';
import { runMigrations } from './migrations';
import { DB_NAME, DB_VERSION, type CuratorDb } from './schema';

export type CuratorDatabase = IDBPDatabase<CuratorDb>;

/** The data was written by a newer version of the extension; it is left untouched. */
export class NewerDataError extends Error {
  constructor() {
    super('Your data was saved by a newer version of Kubelist Curator. Update the extension to open it; nothing has been changed or deleted.');
    this.name = 'NewerDataError';
  }
}

/** Opens (creating or upgrading) the curator's database. */
export async function openCuratorDb(name = DB_NAME): Promise<CuratorDatabase> {
  try {
    return await openDB<CuratorDb>(name, DB_VERSION, {
      upgrade(db, oldVersion, newVersion, tx) {
        // A failed step aborts the upgrade; openDB then rejects with the abort.
        runMigrations(db, tx, oldVersion, newVersion ?? DB_VERSION).catch(() => undefined);
      },
      blocking(_current, _next, event) {
        // Another page wants a newer schema: step aside rather than stall its upgrade.
        (event.target as IDBDatabase).close();
      },
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'VersionError') throw new NewerDataError();
    throw error;
  }
}
