import { isHostOf } from './registrable-domain';

/** A query pair's name, decoded and lowercased (`UTM%5Fsource=x` → `utm_source`). */
export function paramName(pair: string): string {
  const name = pair.split('=', 1)[0]!.replaceAll('+', ' ');
  try {
    return decodeURIComponent(name).toLowerCase();
  } catch {
    return name.toLowerCase();
  }
}

/**
 * Removes the query pairs whose name `drop` accepts. Works on the serialized query, not on
 * `searchParams`, which would re-encode every other pair (`%20` → `+`) and lose bytes.
 * A query left empty goes with its `?`.
 */
export function dropParams(url: URL, drop: (name: string) => boolean): void {
  if (url.search === '') return;
  const pairs = url.search.slice(1).split('&');
  const kept = pairs.filter((pair) => !drop(paramName(pair)));
  if (kept.length === pairs.length) return;
  url.search = kept.filter((pair) => pair !== '').join('&');
}

/** Removes the named query parameters (names lowercase). */
export function dropNamed(url: URL, names: readonly string[]): void {
  dropParams(url, (name) => names.includes(name));
}

/** Whether the URL's host is one of `domains` or a subdomain of one. */
export function onHost(url: URL, ...domains: string[]): boolean {
  return domains.some((domain) => isHostOf(url.hostname, domain));
}

/** The URL as written up to its fragment: tells `https://a/b?` (bare `?`) from `https://a/b`. */
export const withoutFragment = (url: URL) => url.href.slice(0, url.href.length - url.hash.length).replace(/#$/, '');
