import type { ItemRecord, PoolCursor, PoolPage, PoolQuery } from '../../../src/storage';
import { t, tn } from '../../../src/text/t';
import { errorText } from '../../../src/ui/error-text';
import { createStore } from '../../../src/ui/store';

/** Links collected longer ago than this are offered for clearing. */
export const CLEAR_AFTER_WEEKS = 4;

/** What the Collected section needs from storage (bound to the page's connection) and the page. */
export interface CollectedDeps {
  listPool(options: PoolQuery): Promise<PoolPage>;
  countPool(): Promise<number>;
  addPooledToDraft(ids: readonly string[], position?: number): Promise<ItemRecord[]>;
  discardPooled(ids: readonly string[]): Promise<ItemRecord[]>;
  restorePooled(records: readonly ItemRecord[]): Promise<void>;
  poolOlderThan(weeks: number): Promise<string[]>;
  /** The draft changed on this page: the draft view reads it again. */
  draftChanged(): void;
}

export interface CollectedState {
  /** The links shown, newest first: the pages read so far for `query`. */
  links: ItemRecord[];
  /** Where the next page starts; null when every matching link is shown. */
  next: PoolCursor | null;
  query: string;
  /** How many links the pool holds, whatever the filter. */
  total: number;
  /** Ids of the links collected more than `CLEAR_AFTER_WEEKS` weeks ago. */
  old: string[];
  /** Ids ticked for adding or discarding at once. */
  selected: string[];
  /** The links last discarded, exactly as they were, until Undo or the next discard. */
  discarded: ItemRecord[];
  loading: boolean;
  /** What the last action did, for the status line. */
  status: string;
  error: string;
}

export type CollectedStore = ReturnType<typeof createCollectedStore>;

/**
 * The Collected section's state: the pool read a page at a time (a 1,000-link pool shows its
 * newest 50, and more on request), filtered by the words typed, and the actions on one link or on
 * those selected. Every action writes first, then reads the pages shown again.
 */
export function createCollectedStore(deps: CollectedDeps) {
  const store = createStore<CollectedState>({
    links: [],
    next: null,
    query: '',
    total: 0,
    old: [],
    selected: [],
    discarded: [],
    loading: false,
    status: '',
    error: '',
  });
  /** Each read's ticket: an answer to an older read (a keystroke ago) is dropped. */
  let reading = 0;

  const failed = (error: unknown) => store.set({ loading: false, error: t('collectedFailed', errorText(error)) });

  /** Reads as many links as are shown (at least a page) for the query, and the counts. */
  async function load(keep = store.get().links.length) {
    const ticket = ++reading;
    const { query } = store.get();
    store.set({ loading: true });
    try {
      const [page, total, old] = await Promise.all([
        deps.listPool({ query, ...(keep > 0 ? { limit: Math.max(keep, 50) } : {}) }),
        deps.countPool(),
        deps.poolOlderThan(CLEAR_AFTER_WEEKS),
      ]);
      if (ticket !== reading) return;
      const shown = new Set(page.links.map((link) => link.id));
      store.set(({ selected }) => ({ ...page, total, old, selected: selected.filter((id) => shown.has(id)), loading: false, error: '' }));
    } catch (error) {
      if (ticket === reading) failed(error);
    }
  }

  /** The next page of links after those shown. */
  async function showMore() {
    const { next, query } = store.get();
    if (!next) return;
    const ticket = ++reading;
    try {
      const page = await deps.listPool({ query, after: next });
      if (ticket === reading) store.set(({ links }) => ({ links: [...links, ...page.links], next: page.next }));
    } catch (error) {
      if (ticket === reading) failed(error);
    }
  }

  function setQuery(query: string) {
    if (query === store.get().query) return;
    store.set({ query, selected: [] });
    void load(0);
  }

  function toggle(id: string, on: boolean) {
    store.set(({ selected }) => ({ selected: on ? [...new Set([...selected, id])] : selected.filter((other) => other !== id) }));
  }

  /** Ticks every link shown, or none. */
  function selectAll(on: boolean) {
    store.set(({ links }) => ({ selected: on ? links.map((link) => link.id) : [] }));
  }

  /** Adds links to the end of the draft, in the order shown. */
  async function addToIssue(ids: readonly string[]) {
    try {
      const moved = await deps.addPooledToDraft(ids);
      store.set({ status: tn('collectedAdded', moved.length), discarded: [] });
      deps.draftChanged();
      await load();
    } catch (error) {
      failed(error);
    }
  }

  /** Deletes links; `undo` puts them back. */
  async function discard(ids: readonly string[]) {
    try {
      const discarded = await deps.discardPooled(ids);
      store.set({ status: tn('collectedDiscarded', discarded.length), discarded });
      await load();
    } catch (error) {
      failed(error);
    }
  }

  /** The links the last discard (or clearing) deleted, back in the pool as they were. */
  async function undo() {
    const { discarded } = store.get();
    if (discarded.length === 0) return;
    try {
      await deps.restorePooled(discarded);
      store.set({ status: tn('collectedRestored', discarded.length), discarded: [] });
      await load();
    } catch (error) {
      failed(error);
    }
  }

  return {
    store,
    load: () => load(),
    showMore,
    setQuery,
    toggle,
    selectAll,
    addToIssue,
    discard,
    undo,
    addSelected: () => addToIssue(store.get().selected),
    discardSelected: () => discard(store.get().selected),
    clearOld: () => discard(store.get().old),
  };
}
