import { bareHost } from './registrable-domain';
import { applyUrlRules } from './url-rules';

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/** `%7E` → `~`, `%c3%bc` → `%C3%BC`: one spelling for each byte, as RFC 3986 §6.2.2 allows. */
function normalizeEscapes(text: string): string {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (sequence, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : sequence.toUpperCase();
  });
}

/**
 * The key "already featured" compares: the address without scheme, `www.`, default port,
 * trailing slash, tracking parameters (URL_RULES, all enabled) or fragment (an anchor never
 * makes another article), with the remaining query sorted: `https://www.Example.com/a/?utm_source=x#top`
 * and `http://example.com/a` share `example.com/a`. Unparseable or non-web input is keyed by
 * itself, trimmed and lowercased.
 */
export function urlKey(raw: string): string {
  const known = recentKeys.get(raw);
  if (known !== undefined) return known;
  const key = keyOf(raw);
  if (recentKeys.size >= RECENT_LIMIT) recentKeys.delete(recentKeys.keys().next().value!);
  recentKeys.set(raw, key);
  return key;
}

/**
 * The editor keys every link of the draft on each render (its checks, the links featured before),
 * each key a parse and every URL rule: the last addresses keyed are kept. Enough for a draft.
 */
const recentKeys = new Map<string, string>();
const RECENT_LIMIT = 512;

function keyOf(raw: string): string {
  const input = raw.trim();
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return input.toLowerCase();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return input.toLowerCase();
  applyUrlRules(url);
  // The parser already dropped the scheme's default port and lowercased the host.
  const host = bareHost(url.hostname) + (url.port ? `:${url.port}` : '');
  const path = normalizeEscapes(url.pathname).replace(/\/+$/, '');
  const query = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '')
    .map(normalizeEscapes)
    .sort();
  return host + path + (query.length > 0 ? `?${query.join('&')}` : '');
}

/** Schemes a key begins with only when its input was not a web address (web keys drop theirs). */
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//;

/**
 * A key made by earlier rules, remade by today's, for records that keep only the key (the popup's
 * half-written blurbs are keyed by the page, whose address is not stored). A web key is an
 * address without its scheme, so it is read back as one; a non-web key is kept as it is.
 */
export function rekey(oldKey: string): string {
  if (SCHEME.test(oldKey)) return oldKey;
  let url: URL;
  try {
    url = new URL(`http://${oldKey}`);
  } catch {
    return oldKey;
  }
  // `mailto:a@b` would read as a user and a host; a web key never holds either.
  if (url.username !== '' || url.password !== '') return oldKey;
  return urlKey(url.href);
}
