/** One sync at a time across the extension's pages and its worker (issue 16): the lock's name. */
export const SYNC_LOCK = 'kubelist-curator-sync';

/** The part of the Web Locks API (`navigator.locks`) the sync uses. */
interface Locks {
  request<T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<T> | T): Promise<T>;
}

/**
 * Runs `sync` holding the sync lock. `wait`: a page the curator is looking at waits its turn;
 * the background, which will come again in a few minutes, gives up at once (null) while anyone
 * else holds it. Web Locks exist in every browser the extension supports, in pages and workers;
 * without them (Node, in tests) `sync` just runs.
 */
export async function withSyncLock<T>(
  sync: () => Promise<T>,
  options: { wait: boolean },
  locks: Locks | undefined = globalThis.navigator?.locks,
): Promise<T | null> {
  if (!locks) return sync();
  return locks.request(SYNC_LOCK, { ifAvailable: !options.wait }, (lock) => (lock ? sync() : null));
}
