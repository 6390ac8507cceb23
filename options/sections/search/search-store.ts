import { buildSearchIndex, type SearchableIssue, type SearchIndex, type SearchOutcome, searchItems } from '../../../src/core/search';
import { t } from '../../../src/text/t';
import { errorText } from '../../../src/ui/error-text';
import { createStore } from '../../../src/ui/store';

/** What search needs from storage: every issue with its items, the draft included. */
export interface SearchDeps {
  loadSearchSource(): Promise<SearchableIssue[]>;
}

export interface SearchState {
  /** Null until the first load; rebuilt on every load, never per keystroke. */
  index: SearchIndex | null;
  query: string;
  /** Hits for `query`, at most `shown` of them highlighted; null while there is no index. */
  outcome: SearchOutcome | null;
  shown: number;
  error: string;
}

/** Hits listed at first, and added by each "Show more". */
export const PAGE_SIZE = 50;

export type SearchStore = ReturnType<typeof createSearchStore>;

export function createSearchStore(deps: SearchDeps) {
  const store = createStore<SearchState>({ index: null, query: '', outcome: null, shown: PAGE_SIZE, error: '' });
  const run = (index: SearchIndex | null, query: string, shown: number) => (index ? searchItems(index, query, shown) : null);

  /** Reads the archive and the draft afresh (they may have changed since) and runs the query again. */
  async function load() {
    try {
      const index = buildSearchIndex(await deps.loadSearchSource());
      const { query, shown } = store.get();
      store.set({ index, outcome: run(index, query, shown), error: '' });
    } catch (error) {
      store.set({ error: t('cantReadArchiveForSearch', errorText(error)) });
    }
  }

  function setQuery(query: string) {
    if (query === store.get().query && store.get().outcome) return;
    store.set(({ index }) => ({ query, shown: PAGE_SIZE, outcome: run(index, query, PAGE_SIZE) }));
  }

  function showMore() {
    store.set(({ index, query, shown }) => ({ shown: shown + PAGE_SIZE, outcome: run(index, query, shown + PAGE_SIZE) }));
  }

  return { store, load, setQuery, showMore };
}
