import { explainStorageError, reloadNeeded } from './errors';
import { type CuratorDatabase, openCuratorDb } from './open-db';
import { DB_NAME } from './schema';

/** What a page does when its connection's life changes; all optional. */
export interface ConnectionEvents {
  /** Another page needs this connection closed (a newer version): save what is pending first. */
  beforeClose?(): Promise<unknown>;
  /** The connection closed for another page's upgrade: this page must be reloaded to go on. */
  closedForUpgrade?(): void;
  /** Opening waits for another page that holds an older version open. */
  blocked?(): void;
  /** The database is open (first time, after waiting, or reopened). */
  opened?(): void;
}

/** A page's one way to the database. */
export interface Connection {
  /**
   * Runs `use` on an open database, opening it first, or again if the browser closed it. Every
   * repository function is one transaction, so when the connection turns out closed, `use` is
   * run once more on a fresh one: it cannot have written anything. Errors come back explained.
   */
  run<T>(use: (db: CuratorDatabase) => Promise<T>): Promise<T>;
  /** Closes the connection; the next `run` opens a new one. */
  close(): Promise<void>;
}

/** The page's connection: opened on first use, reopened after termination, closed for upgrades. */
export function createConnection(events: ConnectionEvents = {}, name = DB_NAME): Connection {
  let current: Promise<CuratorDatabase> | undefined;
  let stopped = false;

  function open(): Promise<CuratorDatabase> {
    const opening: Promise<CuratorDatabase> = openCuratorDb(name, {
      blocked: () => events.blocked?.(),
      blocking(close) {
        void (async () => {
          try {
            await events.beforeClose?.();
          } finally {
            stopped = true;
            current = undefined;
            close();
            events.closedForUpgrade?.();
          }
        })();
      },
      terminated() {
        if (current === opening) current = undefined;
      },
    }).then(
      (db) => {
        events.opened?.();
        return db;
      },
      (error: unknown) => {
        // Not kept: the next operation tries again (the other tab may have closed meanwhile).
        if (current === opening) current = undefined;
        throw error;
      },
    );
    current = opening;
    return opening;
  }

  async function run<T>(use: (db: CuratorDatabase) => Promise<T>, retried = false): Promise<T> {
    if (stopped) throw reloadNeeded();
    const opening = current ?? open();
    const db = await opening;
    try {
      return await use(db);
    } catch (error) {
      // A connection the browser closed throws InvalidStateError from `db.transaction()`.
      if (!retried && !stopped && error instanceof DOMException && error.name === 'InvalidStateError') {
        if (current === opening) current = undefined;
        return run(use, true);
      }
      throw stopped ? reloadNeeded() : explainStorageError(error);
    }
  }

  return {
    run: (use) => run(use),
    async close() {
      const db = await current?.catch(() => undefined);
      current = undefined;
      db?.close();
    },
  };
}
