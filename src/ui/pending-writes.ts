/**
 * Coalesces rapid edits into one write per key, `delayMs` after the last keystroke, and lets the
 * page wait for every pending write (before reloading what another page changed, say).
 */
export function createPendingWrites(delayMs: number, onError: (error: unknown) => void) {
  const timers = new Map<string, { timer: ReturnType<typeof setTimeout>; write: () => Promise<unknown> }>();
  const running = new Set<Promise<unknown>>();

  function run(write: () => Promise<unknown>) {
    const promise = write()
      .catch(onError)
      .finally(() => running.delete(promise));
    running.add(promise);
    return promise;
  }

  return {
    /** Schedules `write` under `key`, replacing a write still waiting under the same key. */
    schedule(key: string, write: () => Promise<unknown>) {
      const pending = timers.get(key);
      if (pending) clearTimeout(pending.timer);
      const timer = setTimeout(() => {
        timers.delete(key);
        void run(write);
      }, delayMs);
      timers.set(key, { timer, write });
    },
    /** Starts every waiting write now and resolves once all writes have settled. */
    async flush() {
      for (const [key, { timer, write }] of timers) {
        clearTimeout(timer);
        timers.delete(key);
        void run(write);
      }
      await Promise.all(running);
    },
    /** Drops the writes still waiting and resolves once the running ones have settled. */
    async cancel() {
      for (const { timer } of timers.values()) clearTimeout(timer);
      timers.clear();
      await Promise.all(running);
    },
    /** True while some edit is not yet written. */
    get busy() {
      return timers.size > 0 || running.size > 0;
    },
  };
}
