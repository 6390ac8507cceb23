import { foldText } from './fold-text';
import { matchRanges, partsShown, type Segment, snippet, toSegments } from './highlight';
import { isEmptyQuery, parseQuery, type SearchQuery } from './parse-query';
import type { ItemRef, SearchableItem } from './searchable';
import { foldedWords, urlWordSpans, urlWordsStart, wordSpans } from './word-spans';

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

/** The matcher for `input`; null when it asks for nothing (empty, or punctuation and emoji only). */
export function itemMatcher(input: string | SearchQuery): ItemMatcher | null {
  const query = typeof input === 'string' ? parseQuery(input) : input;
  if (isEmptyQuery(query)) return null;
  return {
    query,
    needles: [...query.terms.map((term) => ` ${term}`), ...query.phrases.map((phrase) => ` ${phrase.join(' ')} `)],
    words: [...query.terms, ...query.phrases.flat()],
  };
}

const FIELDS: readonly SearchField[] = ['title', 'blurb', 'url'];

/**
 * Where `item` holds the query: every term as the start of a word and every phrase as whole words
 * in a row, each somewhere in its title, blurb or URL; empty when some part is missing. Each field
 * is folded once; most items fail a quick test on the folded text and are never cut into words.
 */
export function matchedFields({ title, url, commentary }: ItemText, matcher: ItemMatcher): SearchField[] {
  const folded: Record<SearchField, string> = { title: foldText(title), blurb: foldText(commentary), url: foldText(url.slice(urlWordsStart(url))) };
  // A word folded alone folds as it does within its text, so an item that holds a query word
  // holds it in some folded field: the quick test never drops a match.
  if (!matcher.words.every((word) => folded.title.includes(word) || folded.blurb.includes(word) || folded.url.includes(word))) return [];
  const keys = { title: foldedWords(folded.title), blurb: foldedWords(folded.blurb), url: foldedWords(folded.url) };
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
