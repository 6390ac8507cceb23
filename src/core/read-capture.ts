import type { PageCapture } from './clip';
import { dayOf, metadataFromJsonLd } from './page-metadata';

const STRING_FIELDS = ['title', 'url', 'canonical', 'ogTitle', 'siteName', 'description', 'author', 'published', 'selection'] as const;
/** Read when present (a capture from before they existed has none); each a plain string. */
const OPTIONAL_STRING_FIELDS = ['appName', 'dcTitle'] as const;
/** Lists of short texts, each kept to a few entries of heading length. */
const LIST_FIELDS = { headings: 4, entryTitles: 3, breadcrumbs: 8 } as const;
const MAX_LIST_ENTRY = 500;
/** Longer than any real title or description; keeps a hostile page from flooding the draft. */
const MAX_FIELD = 4096;
const MAX_JSON_LD_BLOCKS = 8;
const MAX_JSON_LD_CHARS = 100_000;

/**
 * Checks what a capture script sent back (loaded with the capture, after the popup's first paint). The page may have replaced DOM methods, so nothing is
 * trusted: anything that is not an object of strings is dropped, strings are capped.
 */
export function readCapture(raw: unknown): PageCapture | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const source = raw as Record<string, unknown>;
  const own = (field: string) => (Object.hasOwn(source, field) ? source[field] : undefined);
  const capture = { jsonLd: [] as string[] } as PageCapture;
  for (const field of STRING_FIELDS) {
    const value = own(field) ?? '';
    if (typeof value !== 'string') return null;
    capture[field] = value.slice(0, MAX_FIELD);
  }
  for (const field of OPTIONAL_STRING_FIELDS) {
    const value = own(field) ?? '';
    capture[field] = typeof value === 'string' ? value.slice(0, MAX_FIELD) : '';
  }
  for (const [field, max] of Object.entries(LIST_FIELDS) as [keyof typeof LIST_FIELDS, number][]) {
    const list = own(field);
    capture[field] = Array.isArray(list)
      ? list
          .filter((entry): entry is string => typeof entry === 'string')
          .slice(0, max)
          .map((entry) => entry.slice(0, MAX_LIST_ENTRY))
      : [];
  }
  const jsonLd = own('jsonLd') ?? [];
  if (!Array.isArray(jsonLd)) return null;
  capture.jsonLd = jsonLd
    .filter((block): block is string => typeof block === 'string')
    .slice(0, MAX_JSON_LD_BLOCKS)
    .map((block) => block.slice(0, MAX_JSON_LD_CHARS));
  // Author and date: the page's meta tags first, else its JSON-LD.
  const fromJsonLd = metadataFromJsonLd(capture.jsonLd);
  capture.author ||= fromJsonLd.author;
  capture.published = dayOf(capture.published || fromJsonLd.published);
  capture.headline = fromJsonLd.headline;
  capture.publisher = fromJsonLd.publisher;
  return capture;
}
