import { useEffect, useState } from 'preact/hooks';

/** Which part of the editor page is shown; kept in `location.hash` so links can open any of them. */
export type Route = { view: 'draft' } | { view: 'archive'; number: number | null } | { view: 'import' };

/** Reads `#archive/117`, `#archive`, `#import`; anything else is the draft. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'import') return { view: 'import' };
  const archive = /^archive(?:\/(\d{1,7}))?\/?$/.exec(path);
  if (archive) return { view: 'archive', number: archive[1] ? Number(archive[1]) : null };
  return { view: 'draft' };
}

/** The hash that shows `route`. */
export function routeHash(route: Route): string {
  if (route.view === 'archive') return route.number === null ? '#archive' : `#archive/${route.number}`;
  return `#${route.view}`;
}

/** The current route, following the back and forward buttons and hash links. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return route;
}
