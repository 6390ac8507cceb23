import { createStore } from '../../../src/ui/store';

/** "Saving…" while any edit is not committed, "Saved" once all are, "Not saved" on a failure until a retry succeeds. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export interface AutosaveStatus {
  state: SaveState;
  /** Why the last write failed, while `state` is 'failed'. */
  error: string;
}

interface Entry {
  value: unknown;
  write: () => Promise<unknown>;
  timer?: ReturnType<typeof setTimeout> | undefined;
  /** The error of the last failed try, kept until a write under this key commits. */
  failed?: unknown;
}

export interface AutosaveOptions {
  /** Typing is written this long after the last keystroke. */
  delayMs: number;
  /** A failed write is tried again this long after it failed (and at every new keystroke). */
  retryMs: number;
  describe(error: unknown): string;
}

export type Autosave = ReturnType<typeof createAutosave>;

/**
 * One write per key, `delayMs` after the last edit; the edited value stays in memory until its
 * write has committed, and a write that fails is retried until one succeeds. Status is honest:
 * "saved" only when every edit has committed.
 */
export function createAutosave({ delayMs, retryMs, describe }: AutosaveOptions) {
  /** Edits not yet committed: waiting, being written, or failed and waiting for a retry. */
  const unsaved = new Map<string, Entry>();
  const running = new Set<Promise<void>>();
  let everSaved = false;
  const status = createStore<AutosaveStatus>({ state: 'idle', error: '' });

  function report() {
    const failed = [...unsaved.values()].find((entry) => entry.failed !== undefined);
    if (failed) status.set({ state: 'failed', error: describe(failed.failed) });
    else status.set({ state: unsaved.size > 0 ? 'saving' : everSaved ? 'saved' : 'idle', error: '' });
  }

  function start(key: string, entry: Entry) {
    clearTimeout(entry.timer);
    entry.timer = undefined;
    // Started a microtask later, so `attempt` exists when it ends.
    const attempt: Promise<void> = Promise.resolve().then(async () => {
      try {
        await entry.write();
        everSaved = true;
        // A newer edit under the same key is still to be written; this one is done.
        if (unsaved.get(key) === entry) unsaved.delete(key);
      } catch (error) {
        const latest = unsaved.get(key);
        if (latest) {
          latest.failed = error;
          // The newest value is tried again, later, unless an edit is already waiting to write it.
          if (latest === entry) entry.timer = setTimeout(() => start(key, entry), retryMs);
        }
      } finally {
        running.delete(attempt);
        report();
      }
    });
    running.add(attempt);
  }

  return {
    status,
    /** Shows `value` as unsaved under `key` and writes it `delayMs` from now, replacing a write still waiting. */
    schedule(key: string, value: unknown, write: () => Promise<unknown>) {
      const previous = unsaved.get(key);
      clearTimeout(previous?.timer);
      const entry: Entry = { value, write, failed: previous?.failed };
      entry.timer = setTimeout(() => start(key, entry), delayMs);
      unsaved.set(key, entry);
      report();
    },
    /** Starts every waiting write (and retry) now; resolves once all writes have settled. */
    async flush() {
      for (const [key, entry] of unsaved) if (entry.timer !== undefined) start(key, entry);
      await Promise.all(running);
    },
    /** The values of edits not yet committed, by key: a reload must show these, not the stored ones. */
    unsavedValues(): ReadonlyMap<string, unknown> {
      return new Map([...unsaved].map(([key, entry]) => [key, entry.value]));
    },
    /** True while some edit is not committed (closing the page now could lose it). */
    get pending() {
      return unsaved.size > 0;
    },
  };
}
