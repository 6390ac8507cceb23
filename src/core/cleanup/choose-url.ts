import { cleanUrl } from './clean-url';
import type { CleanupOptions } from './cleanup-options';
import { onHost } from './query-params';
import { bareHost, isSameSite } from './registrable-domain';

/** The address an item will use, where it came from, and a sentence saying why. */
export interface ChosenUrl {
  url: string;
  source: 'canonical' | 'page';
  reason: string;
}

/** An anchor into the text (`#install`, `#:~:text=`), not a client-side route like `#/docs` or `#!`. */
const ANCHOR = /^#(?![/!])./u;
const TIMESTAMP_PARAMS = ['t', 'start'];

const hasTimestamp = (url: URL) => onHost(url, 'youtube.com', 'youtu.be') && TIMESTAMP_PARAMS.some((name) => url.searchParams.has(name));

/** Why the canonical link cannot stand for the page, or '' when it can. */
function canonicalProblem(page: URL, canonical: URL): string {
  if (canonical.protocol !== 'http:' && canonical.protocol !== 'https:') return 'is not a web address';
  if (page.protocol === 'https:' && canonical.protocol === 'http:') return 'uses http:// while the page is served over https://';
  if (!isSameSite(page.hostname, canonical.hostname)) return `points to another site (${bareHost(canonical.hostname)})`;
  // A common CMS bug: every page declares the home page canonical.
  if (canonical.pathname === '/' && canonical.search === '' && page.pathname !== '/') return 'points to the site’s home page, not to this page';
  if (hasTimestamp(page) && !hasTimestamp(canonical)) return 'drops the video’s start time';
  return '';
}

/**
 * Prefers the page's canonical link (cleaned) when it is a web address on the same site, not the
 * bare home page, and loses no video timestamp; otherwise the page's own address (cleaned).
 * A relative canonical is read against the page; the page's `#anchor` is carried over to a
 * canonical without one, since it points into the same text.
 */
export function chooseUrl({ pageUrl, canonical }: { pageUrl: string; canonical: string }, options: CleanupOptions = {}): ChosenUrl {
  const page = cleanUrl(pageUrl, options);
  if ('error' in page) return { url: pageUrl.trim(), source: 'page', reason: 'The page address could not be read as a URL; using it as it is.' };
  const usePage = (why: string) => ({ url: page.url, source: 'page' as const, reason: why });
  if (canonical.trim() === '') return usePage('The page gives no canonical link; using the page address.');

  let resolved: string;
  try {
    resolved = new URL(canonical.trim(), page.url).href;
  } catch {
    return usePage('The page’s canonical link is not a valid address; using the page address.');
  }
  const chosen = cleanUrl(resolved, options);
  if ('error' in chosen) return usePage('The page’s canonical link is not a valid address; using the page address.');
  const pageParsed = new URL(page.url);
  const canonicalParsed = new URL(chosen.url);
  const problem = canonicalProblem(pageParsed, canonicalParsed);
  if (problem) return usePage(`The page’s canonical link ${problem}; using the page address.`);

  const anchor = pageParsed.hash;
  if (ANCHOR.test(anchor) && canonicalParsed.hash === '' && !chosen.url.endsWith('#')) {
    const url = chosen.url + page.url.slice(page.url.indexOf('#'));
    return { url, source: 'canonical', reason: 'Using the page’s canonical link, keeping the #anchor from the page address.' };
  }
  if (chosen.url === page.url) return { url: chosen.url, source: 'canonical', reason: 'Using the page’s canonical link (the same as the page address).' };
  return { url: chosen.url, source: 'canonical', reason: 'Using the page’s canonical link.' };
}
