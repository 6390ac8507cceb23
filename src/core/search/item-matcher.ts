import { foldText } from './fold-text';
import { matchRanges, partsShown, type Segment, snippet, toSegments } from './highlight';
import { isEmptyQuery, parseQuery, type SearchQuery } from './parse-query';
import type { ItemRef, SearchableItem } from './searchable';
import { urlWordSpans, type WordSpan, wordSpans } from './word-spans';

export type SearchField = 'title' | 'blurb' | 'url';

/** One found item, with its title, blurb window and URL cut into highlighted segments. */
export interface SearchHit {
  ref: ItemRef;
  /** The fields where some part of the query was found, in this order: title, blurb, URL. */
  fields: SearchField[];
  title: Segment[];
  snippet: Segment[];
  url: Segment[];
}

/** A query made ready to test items against, once per search rather than once per item. */
export interface ItemMatcher {
  query: SearchQuery;
  /** Each part of the query as found in a field's ` word word ` string: ` term`, ` a phrase `. */
  needles: string[];
  /** Every folded word of the query, which an item's whole folded text must contain to match. */
  words: string[];
}

type ItemText = Pick<SearchableItem, 'title' | 'url' | 'commentary'>;

// Greek lowercases Σ to ς at the end of a word, which folding a whole text and folding one word
// can see differently; the quick test compares both as σ, the exact test then decides.
const FINAL_SIGMA = /ς/g;
const quick = (text: string) => text.replace(FINAL_SIGMA, 'σ');

/** The matcher for `input`; null when it asks for nothing (empty, or punctuation and emoji only). */
export function itemMatcher(input: string | SearchQuery): ItemMatcher | null {
  const query = typeof input === 'string' ? parseQuery(input) : input;
  if (isEmptyQuery(query)) return null;
  return {
    query,
    needles: [...query.terms.map((term) => ` ${term}`), ...query.phrases.map((phrase) => ` ${phrase.join(' ')} `)],
    words: [...query.terms, ...query.phrases.flat()].map(quick),
  };
}

// One string per field, words between single spaces: `includes(' ' + term)` is a prefix match
// and `includes(' ' + phrase + ' ')` a whole-word phrase match.
const key = (spans: readonly WordSpan[]) => ` ${spans.map((span) => span.folded).join(' ')} `;

function fieldKeys({ title, url, commentary }: ItemText): Record<SearchField, string> {
  return { title: key(wordSpans(title)), blurb: key(wordSpans(commentary)), url: key(urlWordSpans(url)) };
}

const FIELDS: readonly SearchField[] = ['title', 'blurb', 'url'];

/**
 * Where `item` holds the query: every term as the start of a word and every phrase as whole words
 * in a row, each somewhere in its title, blurb or URL; empty when some part is missing. Most items
 * fail a quick test on their whole folded text and are never cut into words.
 */
export function matchedFields(item: ItemText, matcher: ItemMatcher): SearchField[] {
  // Folding the whole text keeps each word's folded form (words end before any mark), so an item
  // that holds a query word holds it here too: the quick test never drops a match.
  const all = quick(foldText(`${item.title}\n${item.commentary}\n${item.url}`));
  if (!matcher.words.every((word) => all.includes(word))) return [];
  const keys = fieldKeys(item);
  if (!matcher.needles.every((needle) => FIELDS.some((field) => keys[field].includes(needle)))) return [];
  return FIELDS.filter((field) => matcher.needles.some((needle) => keys[field].includes(needle)));
}

/** A found item with its highlights worked out: its title, the blurb around the matches, its URL. */
export function toHit(item: ItemText, ref: ItemRef, matcher: ItemMatcher, fields: SearchField[]): SearchHit {
  const { query } = matcher;
  const titleRanges = matchRanges(item.title, wordSpans(item.title), query);
  return {
    ref,
    fields,
    title: toSegments(item.title, titleRanges),
    // The blurb window leans towards the words the title does not show: they are why it matched.
    snippet: snippet(item.commentary, matchRanges(item.commentary, wordSpans(item.commentary), query), partsShown(titleRanges)),
    url: toSegments(item.url, matchRanges(item.url, urlWordSpans(item.url), query)),
  };
}
