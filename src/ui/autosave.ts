import { RecordRefusedError } from '../core/model/record-refused';

/** "Saving…" while an edit is not committed, "Saved" once all are, "Not saved" from a failure until a write of that key commits. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export interface AutosaveStatus {
  state: SaveState;
  /** Why the last write failed, while `state` is 'failed'. */
  error: string;
}

/** The timers the engine waits with; tests pass their own and step them, with no sleeps. */
export interface AutosaveTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/**
 * Writes one edit. `isLatest` says whether no later write of the same key has started since: a
 * step only the latest write should take (forgetting a copy, say) asks it first.
 */
export type AutosaveWrite = (isLatest: () => boolean) => Promise<unknown>;

export interface AutosaveOptions {
  /**
   * An edit is written this long after the last edit of its key. 0 starts the write on the edit
   * itself: a page that can vanish without warning (the popup) must hold nothing back.
   */
  delayMs: number;
  /** A failed write is tried again this long after it failed (and at every new edit of its key). */
  retryMs: number;
  describe(error: unknown): string;
  /** Told the state after every edit and every write's outcome. */
  onStatus(status: AutosaveStatus): void;
  timers?: AutosaveTimers;
}

interface Edit {
  value: unknown;
  write: AutosaveWrite;
  /** Set while the edit waits to be written: for the delay after typing, or to be retried. */
  timer?: unknown;
  /** The last failure under this key, kept until a write under it commits. */
  failed?: { error: unknown };
}

const browserTimers: AutosaveTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type Autosave = ReturnType<typeof createAutosave>;

/**
 * The one autosave of both pages. Edits are keyed (a field of a record, or the popup's form): one
 * write per key, `delayMs` after its last edit; the edited value stays in memory until a write of
 * it has committed, and a failed write is retried until one succeeds (a value storage refused waits
 * for the next edit: its check would refuse it again). Writes start in the order of
 * the edits, and IndexedDB runs readwrite transactions on a store in the order they started, so the
 * latest write is the one that stays; only its outcome is reported, as an older write's says
 * nothing about the text now on screen. "Saved" only when every edit has committed.
 */
export function createAutosave({ delayMs, retryMs, describe, onStatus, timers = browserTimers }: AutosaveOptions) {
  /** Edits not yet committed: waiting, being written, or failed and waiting for a retry. */
  const unsaved = new Map<string, Edit>();
  /** The latest attempt started under each key. */
  const latestAttempt = new Map<string, number>();
  const running = new Set<Promise<void>>();
  let attempts = 0;
  let everSaved = false;

  function report() {
    const failed = [...unsaved.values()].find((edit) => edit.failed !== undefined)?.failed;
    if (failed) onStatus({ state: 'failed', error: describe(failed.error) });
    else onStatus({ state: unsaved.size > 0 ? 'saving' : everSaved ? 'saved' : 'idle', error: '' });
  }

  function stopWaiting(edit: Edit) {
    if (edit.timer !== undefined) timers.clear(edit.timer);
    edit.timer = undefined;
  }

  function start(key: string, edit: Edit) {
    stopWaiting(edit);
    const attempt = settle(key, edit, ++attempts).finally(() => {
      running.delete(attempt);
      report();
    });
    running.add(attempt);
  }

  async function settle(key: string, edit: Edit, ticket: number) {
    latestAttempt.set(key, ticket);
    const isLatest = () => latestAttempt.get(key) === ticket;
    try {
      await edit.write(isLatest);
      everSaved = true;
      // A newer edit under the same key is still to be written; this one is done.
      if (unsaved.get(key) !== edit) return;
      unsaved.delete(key);
      latestAttempt.delete(key);
    } catch (error) {
      // A later write of this key is under way: its outcome, not this one's, is the text's.
      const latest = isLatest() ? unsaved.get(key) : undefined;
      if (!latest) return;
      latest.failed = { error };
      // The newest value is tried again, later, unless an edit is already waiting to write it, or
      // storage refused the value itself (its check fails the same way every time): then only a
      // new edit writes again.
      if (latest === edit && !(error instanceof RecordRefusedError)) edit.timer = timers.set(() => start(key, edit), retryMs);
    }
  }

  async function settled() {
    while (running.size > 0) await Promise.all(running);
  }

  return {
    /** Shows `value` as unsaved under `key` and writes it `delayMs` from now, replacing a write still waiting. */
    schedule(key: string, value: unknown, write: AutosaveWrite) {
      const previous = unsaved.get(key);
      if (previous) stopWaiting(previous);
      const edit: Edit = { value, write, failed: previous?.failed };
      unsaved.set(key, edit);
      report();
      if (delayMs > 0) edit.timer = timers.set(() => start(key, edit), delayMs);
      else start(key, edit);
    },
    /** Starts every waiting write (and retry) now; resolves once all writes, and any they start, have settled. */
    async flush() {
      for (const [key, edit] of [...unsaved]) if (edit.timer !== undefined) start(key, edit);
      await settled();
    },
    /** Resolves once every write started so far, and any it started in turn, has settled; starts none. */
    settled,
    /** The values of edits not yet committed, by key: a reload must show these, not the stored ones. */
    unsavedValues(): ReadonlyMap<string, unknown> {
      return new Map([...unsaved].map(([key, edit]) => [key, edit.value]));
    },
    /** True while some edit is not committed (closing the page now could lose it). */
    get pending() {
      return unsaved.size > 0;
    },
  };
}
