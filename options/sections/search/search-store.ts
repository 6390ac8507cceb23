import { type ItemMatcher, itemMatcher, type SearchableIssue, type SearchHit, searchIssues } from '../../../src/core/search';
import { t } from '../../../src/text/t';
import { errorText } from '../../../src/ui/error-text';
import { createStore } from '../../../src/ui/store';

/** What search needs from storage: a stretch of issues at a time, newest first, with their items. */
export interface SearchDeps {
  /** Up to `limit` issues numbered below `below` (from the top when null), highest first. */
  newestIssues(below: number | null, limit: number): Promise<SearchableIssue[]>;
}

export interface SearchState {
  query: string;
  /** The first `shown` hits for `query`, newest issue first; fewer while they are being found. */
  hits: SearchHit[];
  /** How many hits the curator asked to see. */
  shown: number;
  /** Items matching `query` counted so far: the total once `counting` is false. */
  matches: number;
  /** The archive is still being read to count the matches. */
  counting: boolean;
  /** The hits asked for are still being looked for: the first screen is not complete yet. */
  pending: boolean;
  error: string;
}

/** Hits listed at first, and added by each "Show more". */
export const PAGE_SIZE = 50;
/** Issues in the first stretch read (a search's first results), and the most in any stretch. */
export const FIRST_STRETCH = 8;
export const LONGEST_STRETCH = 64;

export type SearchStore = ReturnType<typeof createSearchStore>;

const IDLE = { hits: [], matches: 0, counting: false, pending: false, error: '' } satisfies Partial<SearchState>;

/**
 * The search section's state. Nothing of the archive is kept: each query reads the issues newest
 * first, a stretch at a time, until the first screen of hits is found (then shown), and reads on
 * in the background only to count the rest. A new keystroke or leaving the view stops the reading.
 */
export function createSearchStore(deps: SearchDeps) {
  const store = createStore<SearchState>({ query: '', shown: PAGE_SIZE, ...IDLE });
  /** Stops everything the current query reads; replaced with each query. */
  let current = new AbortController();
  /** Stops the reading for a "Show more"; replaced with each. */
  let more = new AbortController();

  /**
   * Reads the issues newest first, a stretch at a time (the first short, for quick first results,
   * then longer, never so long that searching one is a long task), handing each stretch's hits
   * and count to `report`; stops when `report` says it has enough, at the end, or when stopped.
   * Each stretch is one storage read, so the page stays responsive between them.
   */
  async function read(matcher: ItemMatcher, room: number, stopped: () => boolean, report: (hits: SearchHit[], matches: number, end: boolean) => boolean) {
    let below: number | null = null;
    let stretch = FIRST_STRETCH;
    let hits: SearchHit[] = [];
    let matches = 0;
    for (;;) {
      const issues = await deps.newestIssues(below, stretch);
      if (stopped()) return;
      const found = searchIssues(issues, matcher, room - hits.length);
      if (found.hits.length > 0) hits = [...hits, ...found.hits];
      matches += found.matches;
      const end = issues.length < stretch;
      if (report(hits, matches, end) || end) return;
      below = issues.at(-1)!.number;
      stretch = Math.min(stretch * 2, LONGEST_STRETCH);
    }
  }

  const failed = (error: unknown) => store.set({ ...IDLE, error: t('cantReadArchiveForSearch', errorText(error)) });

  /** Runs the query afresh: the first screen of hits as soon as found, then the count. */
  function run(query: string) {
    current.abort();
    more.abort();
    current = new AbortController();
    const { signal } = current;
    const stopped = () => signal.aborted;
    const matcher = itemMatcher(query);
    store.set({ query, shown: PAGE_SIZE, ...IDLE, counting: matcher !== null, pending: matcher !== null });
    if (!matcher) return;
    let firstScreen = true;
    read(matcher, PAGE_SIZE, stopped, (hits, matches, end) => {
      if (!firstScreen) store.set({ matches, counting: !end });
      else {
        // Hits as they are found; once the first screen is complete, only the count moves on
        // (a "Show more" reads its own hits).
        firstScreen = !end && hits.length < PAGE_SIZE;
        store.set({ hits, matches, counting: !end, pending: firstScreen });
      }
      return false;
    }).catch((error: unknown) => stopped() || failed(error));
  }

  /** Shows the query's results; a query already shown (or being read) is left as it is. */
  function setQuery(query: string) {
    if (query === store.get().query) return;
    run(query);
  }

  /** Another page changed the archive: what is shown is read again. */
  function load() {
    if (store.get().query !== '') run(store.get().query);
  }

  /** Shows `PAGE_SIZE` more hits, read from the top again while the count goes on undisturbed. */
  function showMore() {
    const matcher = itemMatcher(store.get().query);
    if (!matcher) return;
    more.abort();
    more = new AbortController();
    const [query, mine] = [current.signal, more.signal];
    const stopped = () => query.aborted || mine.aborted;
    const shown = store.get().shown + PAGE_SIZE;
    store.set({ shown, pending: true });
    read(matcher, shown, stopped, (hits, _matches, end) => {
      const full = hits.length >= shown;
      if (full || end) store.set({ hits, pending: false });
      return full;
    }).catch((error: unknown) => stopped() || failed(error));
  }

  /** The view is left: stop reading, and let go of the hits (the query is in the address). */
  function leave() {
    current.abort();
    more.abort();
    store.set({ query: '', shown: PAGE_SIZE, ...IDLE });
  }

  return { store, setQuery, load, showMore, leave };
}
