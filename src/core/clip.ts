// From the rule files, not the cleanup index: the popup's first load takes only what it runs
// (scripts/popup-own-copy.ts keeps every module this imports in that one file).
import { applyTitleRules } from './cleanup/apply-title-rules';
import { chooseTitle } from './cleanup/choose-title';
import { chooseUrl, type UrlChoice } from './cleanup/choose-url';
import type { TitleContext, TitleRule } from './cleanup/title-rules';

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
  /** The page's `<meta name="application-name">`, apart from og:site_name. */
  appName?: string;
  /** JSON-LD: the article's headline and its publisher's or website's name (readCapture reads them). */
  headline?: string;
  publisher?: string;
  /** `<meta name="dc.title">` and the like. */
  dcTitle?: string;
  /** Texts of the page's first `<h1>` elements and `.entry-title`/`.post-title` headings. */
  headings?: string[];
  entryTitles?: string[];
  /** The breadcrumb trail's texts, outermost first. */
  breadcrumbs?: string[];
}

/** What the popup needs to prefill a new item, from the tab and (when it ran) the page. */
export interface Clip {
  /** The cleaned title, and what it was cleaned from (shown so a bad cleanup is one click away). */
  title: string;
  originalTitle: string;
  url: string;
  /** The address before cleanup or the canonical swap. */
  originalUrl: string;
  /** Why this address, when it is not simply the page's, and whether tracking was taken off. */
  urlChange: UrlChange | null;
  siteName: string;
  author: string;
  /** `YYYY-MM-DD`, when the page states it. */
  published: string;
  description: string;
  selection: string;
  /** Why the page itself could not be read, when it could not; the tab's title and URL stand in. */
  note: string;
}

/** Why the address changed: a canonical link used (or why not), tracking parameters removed. */
export interface UrlChange {
  why: UrlChoice | null;
  trackingRemoved: boolean;
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
 * The item to prefill: the page's own title (og:title first: it seldom carries the site name,
 * unless it is nothing but the site name) and its canonical address when that is on the same
 * site, cleaned by `rules` with what `site` tells them of the page; the tab's title and URL when
 * the page could not be read. The popup's first paint runs TAB_TITLE_RULES on the tab alone, so
 * the rest load with the capture (clipFrom, in page-clip.ts).
 */
export function clipWith(
  rules: readonly TitleRule[],
  site: TitleContext,
  tab: { title?: string; url?: string },
  capture: PageCapture | null = null,
  note = '',
  options: ClipOptions = {},
): Clip {
  const disabled = [...(options.disabledRules ?? [])];
  const originalUrl = capture?.url || tab.url || '';
  const originalTitle = chooseTitle([capture?.ogTitle ?? '', capture?.title ?? '', tab.title ?? ''], site);
  const title = applyTitleRules(rules, originalTitle, site, { disabled });
  const chosen = isWebUrl(originalUrl)
    ? chooseUrl({ pageUrl: originalUrl, canonical: capture?.canonical ?? '' }, { disabled })
    : { url: originalUrl, source: 'page' as const, why: null };
  const urlChange = chosen.url === originalUrl ? null : urlChangeFor(chosen, capture?.canonical ?? '');
  return {
    title: title.title,
    originalTitle,
    url: chosen.url,
    originalUrl,
    urlChange,
    siteName: capture?.siteName ?? '',
    author: capture?.author ?? '',
    published: capture?.published ?? '',
    description: capture?.description ?? '',
    selection: capture?.selection ?? '',
    note,
  };
}

/** What keeps an item from being added: no title, or not a web address. */
export type ItemBlocker = 'noTitle' | 'notWeb';

/** What keeps an item from being added; null when it can be. */
export function blockerOf({ title, url }: { title: string; url: string }): ItemBlocker | null {
  if (title.trim() === '') return 'noTitle';
  if (!isWebUrl(url.trim())) return 'notWeb';
  return null;
}

/** What changed the address: the canonical link, or tracking parameters taken off. */
function urlChangeFor(chosen: { source: 'canonical' | 'page'; why: UrlChoice | null }, canonical: string): UrlChange {
  // A canonical link that is the page's own address, cleaned, changed nothing the cleanup did not:
  // saying so ("the same as the page address") tells the curator nothing.
  const same = chosen.source === 'canonical' && chosen.why?.code === 'canonicalSame';
  if (chosen.source === 'canonical' && !same) return { why: chosen.why, trackingRemoved: false };
  // Only worth mentioning the canonical link when the page had one that was not used.
  return { why: canonical && !same ? chosen.why : null, trackingRemoved: true };
}
