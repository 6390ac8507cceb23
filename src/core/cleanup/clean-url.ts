import type { CleanupOptions } from './cleanup-options';
import { withoutFragment } from './query-params';
import { applyUrlRules } from './url-rules';

/** A cleaned address and what it was cleaned from, or `error` when it is no absolute address at all. */
export type CleanUrlResult = { url: string; original: string; applied: string[] } | { error: 'notAbsolute' };

const isWeb = (url: URL) => url.protocol === 'http:' || url.protocol === 'https:';

/** How the URL parser writes one raw query pair (it percent-encodes spaces, quotes, non-ASCII). */
const serializedPair = (pair: string) => new URL(`http://h/?${pair}`).search.slice(1);

/**
 * The input with only its query and fragment replaced by the cleaned ones, each remaining pair
 * in its original bytes: `href` would punycode the host and percent-encode the path, and the
 * curator should see exactly what was removed and nothing else. Falls back to `href` whenever
 * the splice could be wrong (a rule changed more than the query or fragment, the input holds
 * characters the parser strips); the result always parses to the cleaned URL.
 */
function splice(input: string, before: URL, after: URL): string {
  const head = (url: URL) => url.href.slice(0, url.href.length - (url.search.length + url.hash.length)).replace(/[?#]+$/, '');
  if (head(before) !== head(after) || /[\t\n\r]/.test(input)) return after.href;
  const hashAt = input.indexOf('#');
  const beforeHash = hashAt < 0 ? input : input.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const rawHead = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  const rawPairs = queryAt < 0 ? [] : beforeHash.slice(queryAt + 1).split('&');

  const wanted = after.search === '' ? [] : after.search.slice(1).split('&');
  const kept: string[] = [];
  for (const pair of rawPairs) {
    if (kept.length < wanted.length && serializedPair(pair) === wanted[kept.length]) kept.push(pair);
  }
  if (kept.length !== wanted.length) return after.href;
  const query = kept.length > 0 ? `?${kept.join('&')}` : withoutFragment(after).endsWith('?') ? '?' : '';

  const sameFragment = before.hash === after.hash && before.href.endsWith('#') === after.href.endsWith('#');
  const fragment = sameFragment ? (hashAt < 0 ? '' : input.slice(hashAt)) : after.hash || (after.href.endsWith('#') ? '#' : '');
  const result = rawHead + query + fragment;
  return new URL(result).href === after.href ? result : after.href;
}

/**
 * Drops tracking parameters (see URL_RULES) from an address. When nothing is dropped the
 * trimmed input comes back byte for byte; non-web schemes (`mailto:`, `chrome:`) are left alone.
 */
export function cleanUrl(raw: string, options: CleanupOptions = {}): CleanUrlResult {
  const input = raw.trim();
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { error: 'notAbsolute' };
  }
  if (!isWeb(url)) return { url: input, original: raw, applied: [] };
  const before = new URL(url.href);
  const applied = applyUrlRules(url, options.disabled);
  if (applied.length === 0) return { url: input, original: raw, applied };
  return { url: splice(input, before, url), original: raw, applied };
}
