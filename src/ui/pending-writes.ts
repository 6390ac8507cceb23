/** What an autosave reports: "saved" only once the write of the text now on screen has committed. */
export type WriteState = 'saving' | 'saved' | 'failed';

/**
 * Autosave that never waits for a pause in typing: every edit starts its write at once. The
 * popup closes on any click elsewhere, and a write still waiting for a timer or for another write
 * to finish is lost with the page, so nothing is held back. IndexedDB runs readwrite
 * transactions on one store in the order they were started, so the latest write is the one that
 * stays; only its outcome is reported, as an older write's success says nothing about the text now
 * on screen.
 */
export function createPendingWrites(report: (state: WriteState, error?: unknown) => void) {
  const running = new Set<Promise<void>>();
  let latest = 0;

  return {
    /**
     * Starts `write` now and reports its outcome if no later write has started meanwhile;
     * `write` may ask the same (`isLatest`) before a step only the latest write should take.
     */
    start(write: (isLatest: () => boolean) => Promise<unknown>): Promise<void> {
      const ticket = ++latest;
      report('saving');
      const promise = write(() => ticket === latest)
        .then(
          () => ticket === latest && report('saved'),
          (error: unknown) => ticket === latest && report('failed', error),
        )
        .then(() => undefined)
        .finally(() => running.delete(promise));
      running.add(promise);
      return promise;
    },
    /** Resolves once every write started so far (and any it started in turn) has settled. */
    async settled(): Promise<void> {
      while (running.size > 0) await Promise.all(running);
    },
    /** True while some write has not yet settled. */
    get busy() {
      return running.size > 0;
    },
  };
}
