import { type IDBPDatabase, openDB } from 'idb';
import { StorageError, unavailable } from './errors';
import { runMigrations } from './migrations';
import { type CuratorDb, DB_NAME, DB_VERSION } from './schema';
import { rekeyIfRulesChanged } from './url-keys';

export type CuratorDatabase = IDBPDatabase<CuratorDb>;

/** The data was written by a newer version of the extension; it is left untouched. */
export class NewerDataError extends StorageError {
  constructor() {
    super('newerData');
    this.name = 'NewerDataError';
  }
}

/** What a page hears about its connection's life; all optional. */
export interface OpenEvents {
  /** This open waits: another page still holds a connection at an older version. */
  blocked?(): void;
  /**
   * Another page needs a newer version (or deletes the data), and this connection must go. The
   * handler calls `close` when it has saved what it must; without one, it closes at once.
   */
  blocking?(close: () => void): void;
  /** The browser closed the connection abnormally (storage cleared, disk gone). */
  terminated?(): void;
}

/**
 * Opens (creating or upgrading) the curator's database, its links keyed by today's URL rules.
 * Fails with NewerDataError for data from a newer version, a StorageError with the code of
 * what failed for a failed upgrade or an unusable IndexedDB.
 */
export async function openCuratorDb(name = DB_NAME, events: OpenEvents = {}): Promise<CuratorDatabase> {
  const db = await openUpgraded(name, events);
  try {
    await rekeyIfRulesChanged(db);
  } catch (error) {
    db.close();
    throw new StorageError('rekeyFailed', { cause: error });
  }
  return db;
}

/** Opens the database at DB_VERSION, running the schema migrations it needs. */
async function openUpgraded(name: string, events: OpenEvents): Promise<CuratorDatabase> {
  let migrationError: unknown;
  try {
    return await openDB<CuratorDb>(name, DB_VERSION, {
      upgrade(db, oldVersion, newVersion, tx) {
        // A failed step aborts the upgrade; openDB then rejects with the abort, and we say why.
        runMigrations(db, tx, oldVersion, newVersion ?? DB_VERSION).catch((error: unknown) => (migrationError = error));
      },
      blocked: () => events.blocked?.(),
      blocking(_current, _next, event) {
        // Step aside rather than stall the other page's upgrade.
        const db = event.target as IDBDatabase;
        if (events.blocking) events.blocking(() => db.close());
        else db.close();
      },
      terminated: () => events.terminated?.(),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'VersionError') throw new NewerDataError();
    if (migrationError !== undefined) {
      throw new StorageError('upgradeFailed', { cause: migrationError });
    }
    throw unavailable(error);
  }
}
