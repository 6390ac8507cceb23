import { chooseUrl, cleanTitle } from './cleanup';

/** Metadata read from the page, checked: every field a plain string (possibly empty). */
export interface PageCapture {
  title: string;
  url: string;
  canonical: string;
  ogTitle: string;
  siteName: string;
  description: string;
  /** From meta tags, else JSON-LD (readCapture resolves it). */
  author: string;
  /** `YYYY-MM-DD` or ''; readCapture resolves it from meta tags, else JSON-LD. */
  published: string;
  jsonLd: string[];
  selection: string;
}

/** What the popup needs to prefill a new item, from the tab and (when it ran) the page. */
export interface Clip {
  /** The cleaned title, and what it was cleaned from (shown so a bad cleanup is one click away). */
  title: string;
  originalTitle: string;
  url: string;
  /** The address before cleanup or the canonical swap. */
  originalUrl: string;
  /** Which URL is used and why, when that is not simply the page's address. */
  urlNote: string;
  siteName: string;
  author: string;
  /** `YYYY-MM-DD`, when the page states it. */
  published: string;
  description: string;
  selection: string;
  /** Why the page itself could not be read, when it could not; the tab's title and URL stand in. */
  note: string;
}

/** Only web pages make items; the popup says so for anything else. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^/]/iu.test(url);
}

export interface ClipOptions {
  /** Ids of cleanup rules the curator turned off. */
  disabledRules?: readonly string[];
}

/**
 * The item to prefill: the page's own title (og:title first: it seldom carries the site name)
 * and its canonical address when that is on the same site, cleaned; the tab's title and URL when
 * the page could not be read.
 */
export function clipFrom(tab: { title?: string; url?: string }, capture: PageCapture | null, note = '', options: ClipOptions = {}): Clip {
  const disabled = [...(options.disabledRules ?? [])];
  const originalTitle = capture?.ogTitle || capture?.title || tab.title || '';
  const originalUrl = capture?.url || tab.url || '';
  const title = cleanTitle(originalTitle, { siteName: capture?.siteName ?? '', url: originalUrl }, { disabled });
  const chosen = isWebUrl(originalUrl)
    ? chooseUrl({ pageUrl: originalUrl, canonical: capture?.canonical ?? '' }, { disabled })
    : { url: originalUrl, source: 'page' as const, reason: '' };
  return {
    title: title.title,
    originalTitle,
    url: chosen.url,
    originalUrl,
    urlNote: chosen.url === originalUrl ? '' : urlNoteFor(chosen, capture?.canonical ?? ''),
    siteName: capture?.siteName ?? '',
    author: capture?.author ?? '',
    published: capture?.published ?? '',
    description: capture?.description ?? '',
    selection: capture?.selection ?? '',
    note,
  };
}

/** The problem that keeps an item from being added, or '' when it can be. */
export function itemBlocker({ title, url }: { title: string; url: string }): string {
  if (title.trim() === '') return 'Give the link a title.';
  if (!isWebUrl(url.trim())) return 'Only http and https links can go in an issue.';
  return '';
}

/** Says why the address changed: the canonical link, or tracking parameters taken off. */
function urlNoteFor(chosen: { source: 'canonical' | 'page'; reason: string }, canonical: string): string {
  if (chosen.source === 'canonical') return chosen.reason;
  const cleaned = 'Tracking parameters removed.';
  // Only worth mentioning the canonical link when the page had one that was not used.
  return canonical ? `${chosen.reason} ${cleaned}` : cleaned;
}
