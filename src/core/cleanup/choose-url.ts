import { cleanUrl } from './clean-url';
import type { CleanupOptions } from './cleanup-options';
import { onHost } from './query-params';
import { bareHost, isSameSite } from './registrable-domain';

/**
 * Why that address: the popup words it in the curator's language, `reason` says it in English.
 * The `canonical…` codes with source 'page' say why the canonical link was not used.
 */
export type UrlChoice =
  | { code: 'pageUnreadable' | 'noCanonical' | 'canonicalInvalid' | 'canonicalNotWeb' | 'canonicalDowngrade' }
  | { code: 'canonicalOtherSite'; host: string }
  | { code: 'canonicalHomePage' | 'canonicalDropsTime' | 'canonical' | 'canonicalSame' | 'canonicalKeepsAnchor' };

/** The address an item will use, where it came from, and why (as a code and in English). */
export interface ChosenUrl {
  url: string;
  source: 'canonical' | 'page';
  why: UrlChoice;
  reason: string;
}

const NOT_USED = (problem: string) => `The page’s canonical link ${problem}; using the page address.`;

/** A URL choice in one English sentence. */
export function urlChoiceText(why: UrlChoice): string {
  switch (why.code) {
    case 'pageUnreadable':
      return 'The page address could not be read as a URL; using it as it is.';
    case 'noCanonical':
      return 'The page gives no canonical link; using the page address.';
    case 'canonicalInvalid':
      return NOT_USED('is not a valid address');
    case 'canonicalNotWeb':
      return NOT_USED('is not a web address');
    case 'canonicalDowngrade':
      return NOT_USED('uses http:// while the page is served over https://');
    case 'canonicalOtherSite':
      return NOT_USED(`points to another site (${why.host})`);
    case 'canonicalHomePage':
      return NOT_USED('points to the site’s home page, not to this page');
    case 'canonicalDropsTime':
      return NOT_USED('drops the video’s start time');
    case 'canonical':
      return 'Using the page’s canonical link.';
    case 'canonicalSame':
      return 'Using the page’s canonical link (the same as the page address).';
    case 'canonicalKeepsAnchor':
      return 'Using the page’s canonical link, keeping the #anchor from the page address.';
  }
}

const chosenUrl = (url: string, source: 'canonical' | 'page', why: UrlChoice): ChosenUrl => ({ url, source, why, reason: urlChoiceText(why) });

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
