import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

/** Which part of the editor page is shown; kept in `location.hash` so links can open any of them. */
export type Route =
  | { view: 'draft' /** A draft item to scroll to and focus (its record id). */; item?: string }
  | { view: 'archive'; number: number | null /** An item of the open issue to show, from 1. */; item?: number }
  | { view: 'collected' }
  | { view: 'import' }
  | { view: 'search'; query: string }
  | { view: 'stats' }
  | { view: 'backup' }
  | { view: 'welcome' }
  | { view: 'settings' };

/**
 * Reads `#archive/117`, `#archive`, `#import`; `#archive/117/3` (item 3 of #117), `#draft/<item id>`,
 * `#search?q=words`, `#collected` (links saved for later), `#stats`, `#backup`, `#settings`, `#welcome` (the first-run page);
 * anything else is the draft.
 */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'import') return { view: 'import' };
  if (path === 'collected') return { view: 'collected' };
  const archive = /^archive(?:\/(\d{1,7}))?\/?$/.exec(path);
  if (archive) return { view: 'archive', number: archive[1] ? Number(archive[1]) : null };
  const archivedItem = /^archive\/(\d{1,7})\/(\d{1,5})\/?$/.exec(path);
  if (archivedItem) return { view: 'archive', number: Number(archivedItem[1]), item: Number(archivedItem[2]) };
  const search = /^search\/?(?:\?(.*))?$/s.exec(path);
  if (search) return { view: 'search', query: new URLSearchParams(search[1] ?? '').get('q') ?? '' };
  if (path === 'stats') return { view: 'stats' };
  if (path === 'backup') return { view: 'backup' };
  if (path === 'welcome') return { view: 'welcome' };
  if (path === 'settings') return { view: 'settings' };
  const draftItem = /^draft\/([\w-]{1,100})\/?$/.exec(path);
  if (draftItem) return { view: 'draft', item: draftItem[1]! };
  return { view: 'draft' };
}

/** The hash that shows `route`. */
export function routeHash(route: Route): string {
  if (route.view === 'archive') {
    if (route.number === null) return '#archive';
    return route.item === undefined ? `#archive/${route.number}` : `#archive/${route.number}/${route.item}`;
  }
  if (route.view === 'search') return route.query.trim() === '' ? '#search' : `#search?q=${encodeURIComponent(route.query)}`;
  if (route.view === 'draft' && route.item !== undefined) return `#draft/${route.item}`;
  return `#${route.view}`;
}

/** The current route, following the back and forward buttons and hash links. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  // Subscribed as the first render commits, in the same task: a plain effect waits for a frame
  // (much longer in a background tab), and a hash change in that window was lost, leaving the
  // page on the section it first read.
  useLayoutEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return route;
}

/**
 * Scrolls the element `id` into view and focuses it, once `ready` says it is rendered and again
 * whenever `id` changes: how a link to an item (from search, from the statistics) lands on it.
 */
export function useReveal(id: string | null, ready: boolean): void {
  useEffect(() => {
    if (!id || !ready) return;
    const element = document.getElementById(id);
    if (!element) return;
    element.scrollIntoView?.({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [id, ready]);
}
