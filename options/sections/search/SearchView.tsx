import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { t, tn } from '../../../src/text/t';
import { useStore } from '../../../src/ui/store';
import { routeHash } from '../../route';
import { SearchResult } from './SearchResult';
import type { SearchState, SearchStore } from './search-store';
import './search.css';

const count = (n: number) => (n === 0 ? t('noResults') : tn('resultCount', n));

/** What the status line says: the total once counted, how many so far while the archive is read. */
function status({ matches, counting, error }: SearchState): string {
  if (error) return '';
  if (!counting) return count(matches);
  return matches === 0 ? t('readingArchive') : tn('resultCountSoFar', matches);
}

/**
 * Search across the archive and the draft, newest issue first. The query lives in the address
 * (`#search?q=…`), so a reload or the back button from a result comes back to the same list. The
 * view is busy from a keystroke until the first screen of hits for it is shown; the total may
 * follow later. Leaving the view stops the reading and lets go of the hits.
 */
export function SearchView({ search, query }: { search: SearchStore; query: string }) {
  const state = useStore(search.store);
  const box = useRef<HTMLInputElement>(null);
  // The address's query is applied as the view commits, not after paint: a plain effect can run
  // after the first keystrokes (it waits for an animation frame) and would wipe them.
  useLayoutEffect(() => search.setQuery(query), [query]);
  useEffect(() => {
    box.current?.focus();
    return () => search.leave();
  }, [search]);

  const onInput = (value: string) => {
    search.setQuery(value);
    // Replaced, not pushed: one history entry per search, not one per keystroke.
    history.replaceState(null, '', routeHash({ view: 'search', query: value }));
  };
  const { hits, matches } = state;
  const blank = state.query.trim() === '';

  return (
    <main class="wide" data-view="search" aria-busy={state.pending} aria-labelledby="search-heading">
      <div class="section-bar">
        <h2 id="search-heading">{t('navSearch')}</h2>
      </div>
      <form role="search" class="search-form" onSubmit={(event) => event.preventDefault()}>
        <label for="search-box">{t('searchLabel')}</label>
        <input
          id="search-box"
          ref={box}
          type="search"
          value={state.query}
          autocomplete="off"
          spellcheck={false}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        <p class="note">{t('searchHelp')}</p>
      </form>
      {state.error && (
        <p class="error" role="alert">
          {state.error}
        </p>
      )}
      <p class="search-count" role="status" aria-live="polite">
        {blank ? '' : status(state)}
      </p>
      {hits.length > 0 && (
        <>
          <ol class="hits" aria-label={t('searchResults')}>
            {hits.map((hit) => (
              <SearchResult key={hit.ref.itemId} hit={hit} />
            ))}
          </ol>
          {matches > hits.length && !state.pending && (
            <button type="button" onClick={search.showMore}>
              {state.counting ? t('showMoreSoFar', hits.length, matches) : t('showMore', hits.length, matches)}
            </button>
          )}
        </>
      )}
    </main>
  );
}
