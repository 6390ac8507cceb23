/** What the popup needs to prefill a new item, from the tab and (when it ran) the page. */
export interface Clip {
  title: string;
  url: string;
  /** Why the page itself could not be read, when it could not; the tab's title and URL stand in. */
  note?: string;
}

/** Metadata read from the page; every field is a plain string, possibly empty. */
export interface PageCapture {
  title: string;
  url: string;
  canonical: string;
  ogTitle: string;
  siteName: string;
  description: string;
  selection: string;
}

const FIELDS = ['title', 'url', 'canonical', 'ogTitle', 'siteName', 'description', 'selection'] as const;
/** Longer than any real title or description; keeps a hostile page from flooding the draft. */
const MAX_FIELD = 4096;

/**
 * Checks what a capture script sent back. The page may have replaced DOM methods, so nothing is
 * trusted: anything that is not an object of strings is dropped, strings are capped.
 */
export function readCapture(raw: unknown): PageCapture | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const source = raw as Record<string, unknown>;
  const capture = {} as PageCapture;
  for (const field of FIELDS) {
    const value = Object.hasOwn(source, field) ? source[field] : '';
    if (typeof value !== 'string') return null;
    capture[field] = value.slice(0, MAX_FIELD);
  }
  return capture;
}

/** Collapses runs of whitespace (page titles often carry newlines and tabs) and trims. */
export function tidyTitle(title: string): string {
  return title.replace(/\s+/gu, ' ').trim();
}

/** Only web pages make items; the popup says so for anything else. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//iu.test(url);
}

/** The title and URL to prefill: the page's own title when it was read, else the tab's. */
export function clipFrom(tab: { title?: string; url?: string }, capture: PageCapture | null, note?: string): Clip {
  const title = tidyTitle(capture?.title || tab.title || '');
  const url = capture?.url || tab.url || '';
  return note ? { title, url, note } : { title, url };
}
