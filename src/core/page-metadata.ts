/** Author and publication date, when a page states them; the article's headline and its publisher's name. */
export interface PageMetadata {
  author: string;
  published: string;
  headline: string;
  publisher: string;
}

/** Longer than any headline: JSON-LD `headline` and `name` fields past this are bodies, not names. */
const MAX_NAME = 300;
/** The types whose `name` is the site's: a page's publisher, the website itself. */
const SITE_TYPES = new Set(['WebSite', 'Organization', 'NewsMediaOrganization']);

/** JSON-LD from a hostile page can be anything; read only plain strings from plain objects. */
const MAX_JSON_LD = 100_000;

function nameOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ');
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
    return (value as { name: string }).name.trim();
  }
  return '';
}

/** Every object in a JSON-LD document, `@graph` members included. */
function nodesOf(doc: unknown, depth = 0): Record<string, unknown>[] {
  if (depth > 4 || !doc || typeof doc !== 'object') return [];
  if (Array.isArray(doc)) return doc.flatMap((d) => nodesOf(d, depth + 1));
  const node = doc as Record<string, unknown>;
  return [node, ...nodesOf(node['@graph'], depth + 1)];
}

const shortText = (value: unknown) => (typeof value === 'string' && value.trim().length <= MAX_NAME ? value.trim() : '');
const typesOf = (node: Record<string, unknown>) => (Array.isArray(node['@type']) ? node['@type'] : [node['@type']]).filter((type) => typeof type === 'string');

/**
 * Author, date, headline and publisher from JSON-LD blocks (Article, BlogPosting, NewsArticle ...),
 * tolerating junk. The headline is the first node's that has one; the publisher is an article's
 * `publisher.name`, else a WebSite's or Organization's `name`.
 */
export function metadataFromJsonLd(blocks: readonly string[]): PageMetadata {
  const result: PageMetadata = { author: '', published: '', headline: '', publisher: '' };
  for (const block of blocks) {
    if (block.length > MAX_JSON_LD) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(block);
    } catch {
      continue; // broken JSON-LD is common; it just tells us nothing
    }
    for (const node of nodesOf(doc)) {
      result.author ||= nameOf(node.author);
      if (!result.published && typeof node.datePublished === 'string') result.published = node.datePublished.trim();
      result.headline ||= shortText(node.headline);
      const publisher = node.publisher as { name?: unknown } | undefined;
      result.publisher ||=
        shortText(publisher && typeof publisher === 'object' ? publisher.name : '') ||
        (typesOf(node).some((type) => SITE_TYPES.has(type as string)) ? shortText(node.name) : '');
    }
  }
  return result;
}

/** `YYYY-MM-DD` from an ISO-ish date string, or '' when it is not one. */
export function dayOf(date: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(date.trim());
  return match ? match[1]! : '';
}
