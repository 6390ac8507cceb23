import { cleanUrl } from './clean-url';
import type { CleanupOptions } from './cleanup-options';
import { onHost } from './query-params';
import { bareHost, isSameSite } from './registrable-domain';

/**
 * Why that address, for the UI to word (src/text/url-change-text.ts). The `canonical…` codes
 * with source 'page' say why the canonical link was not used.
 */
export type UrlChoice =
  | { code: 'pageUnreadable' | 'noCanonical' | 'canonicalInvalid' | 'canonicalNotWeb' | 'canonicalDowngrade' }
  | { code: 'canonicalOtherSite'; host: string }
  | { code: 'canonicalHomePage' | 'canonicalDropsTime' | 'canonical' | 'canonicalSame' | 'canonicalKeepsAnchor' };

/** The address an item will use, where it came from, and why. */
export interface ChosenUrl {
  url: string;
  source: 'canonical' | 'page';
  why: UrlChoice;
}

const chosenUrl = (url: string, source: 'canonical' | 'page', why: UrlChoice): ChosenUrl => ({ url, source, why });

/** An anchor into the text (`#install`, `#:~:text=`), not a client-side route like `#/docs` or `#!`. */
const ANCHOR = /^#(?![/!])./u;
const TIMESTAMP_PARAMS = ['t', 'start'];

const hasTimestamp = (url: URL) => onHost(url, 'youtube.com', 'youtu.be') && TIMESTAMP_PARAMS.some((name) => url.searchParams.has(name));

/** Why the canonical link cannot stand for the page, or null when it can. */
function canonicalProblem(page: URL, canonical: URL): UrlChoice | null {
  if (canonical.protocol !== 'http:' && canonical.protocol !== 'https:') return { code: 'canonicalNotWeb' };
  if (page.protocol === 'https:' && canonical.protocol === 'http:') return { code: 'canonicalDowngrade' };
  if (!isSameSite(page.hostname, canonical.hostname)) return { code: 'canonicalOtherSite', host: bareHost(canonical.hostname) };
  // A common CMS bug: every page declares the home page canonical.
  if (canonical.pathname === '/' && canonical.search === '' && page.pathname !== '/') return { code: 'canonicalHomePage' };
  if (hasTimestamp(page) && !hasTimestamp(canonical)) return { code: 'canonicalDropsTime' };
  return null;
}

/**
 * Prefers the page's canonical link (cleaned) when it is a web address on the same site, not the
 * bare home page, and loses no video timestamp; otherwise the page's own address (cleaned).
 * A relative canonical is read against the page; the page's `#anchor` is carried over to a
 * canonical without one, since it points into the same text.
 */
export function chooseUrl({ pageUrl, canonical }: { pageUrl: string; canonical: string }, options: CleanupOptions = {}): ChosenUrl {
  const page = cleanUrl(pageUrl, options);
  if ('error' in page) return chosenUrl(pageUrl.trim(), 'page', { code: 'pageUnreadable' });
  const usePage = (why: UrlChoice) => chosenUrl(page.url, 'page', why);
  if (canonical.trim() === '') return usePage({ code: 'noCanonical' });

  let resolved: string;
  try {
    resolved = new URL(canonical.trim(), page.url).href;
  } catch {
    return usePage({ code: 'canonicalInvalid' });
  }
  const chosen = cleanUrl(resolved, options);
  if ('error' in chosen) return usePage({ code: 'canonicalInvalid' });
  const pageParsed = new URL(page.url);
  const canonicalParsed = new URL(chosen.url);
  const problem = canonicalProblem(pageParsed, canonicalParsed);
  if (problem) return usePage(problem);

  const anchor = pageParsed.hash;
  if (ANCHOR.test(anchor) && canonicalParsed.hash === '' && !chosen.url.endsWith('#')) {
    return chosenUrl(chosen.url + page.url.slice(page.url.indexOf('#')), 'canonical', { code: 'canonicalKeepsAnchor' });
  }
  return chosenUrl(chosen.url, 'canonical', { code: chosen.url === page.url ? 'canonicalSame' : 'canonical' });
}
