import type { IndexedItem, SearchIndex } from './build-search-index';
import { matchRanges, partsShown, type Segment, snippet, toSegments } from './highlight';
import { isEmptyQuery, parseQuery, type SearchQuery } from './parse-query';
import type { ItemRef } from './searchable';
import { urlWordSpans, wordSpans } from './word-spans';

export type SearchField = 'title' | 'blurb' | 'url';

/** One found item, with its title, blurb window and URL cut into highlighted segments. */
export interface SearchHit {
  ref: ItemRef;
  /** The fields where some part of the query was found. */
  fields: SearchField[];
  title: Segment[];
  snippet: Segment[];
  url: Segment[];
}

export interface SearchOutcome {
  /** How many items match, however many `hits` holds. */
  total: number;
  hits: SearchHit[];
}

/** A title hit says more about an item than a blurb hit, which says more than a URL hit. */
const WEIGHTS: ReadonlyArray<[SearchField, number]> = [
  ['title', 4],
  ['blurb', 2],
  ['url', 1],
];

/** The item's score for the query: each part scores its best field; 0 when any part is missing. */
function score(item: IndexedItem, needles: readonly string[]): number {
  let total = 0;
  for (const needle of needles) {
    const best = WEIGHTS.find(([field]) => item.keys[field].includes(needle));
    if (!best) return 0;
    total += best[1];
  }
  return total;
}

function toHit(item: IndexedItem, query: SearchQuery, needles: readonly string[]): SearchHit {
  const fields = WEIGHTS.map(([field]) => field).filter((field) => needles.some((needle) => item.keys[field].includes(needle)));
  const titleRanges = matchRanges(item.title, wordSpans(item.title), query);
  return {
    ref: item.ref,
    fields,
    title: toSegments(item.title, titleRanges),
    // The blurb window leans towards the words the title does not show: they are why it matched.
    snippet: snippet(item.commentary, matchRanges(item.commentary, wordSpans(item.commentary), query), partsShown(titleRanges)),
    url: toSegments(item.url, matchRanges(item.url, urlWordSpans(item.url), query)),
  };
}

/**
 * Items whose title, blurb or URL holds every word of the query as the start of a word (and every
 * quoted phrase as whole words in a row), best first: title hits before blurb hits before URL
 * hits, newer issues first on ties. One pass over the index; only the first `limit` hits get
 * their highlights worked out.
 */
export function searchItems(index: SearchIndex, input: string | SearchQuery, limit = 100): SearchOutcome {
  const query = typeof input === 'string' ? parseQuery(input) : input;
  if (isEmptyQuery(query)) return { total: 0, hits: [] };
  const needles = [...query.terms.map((term) => ` ${term}`), ...query.phrases.map((phrase) => ` ${phrase.join(' ')} `)];
  const scored: { item: IndexedItem; score: number }[] = [];
  for (const item of index.items) {
    const value = score(item, needles);
    if (value > 0) scored.push({ item, score: value });
  }
  // Array#sort is stable: equal scores keep the index's newest-first order.
  scored.sort((a, b) => b.score - a.score);
  return { total: scored.length, hits: scored.slice(0, limit).map(({ item }) => toHit(item, query, needles)) };
}
