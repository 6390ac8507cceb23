/**
 * Search across the archive and the draft: words of titles, blurbs and URLs, case- and
 * accent-insensitive, each query word the start of a word, "quoted phrases" whole. Pure: the
 * index is built once from plain issues, and hits come back with highlights as data.
 */

export { buildSearchIndex, type IndexedItem, type SearchIndex } from './build-search-index';
export { foldText } from './fold-text';
export type { Segment } from './highlight';
export { isEmptyQuery, parseQuery, type SearchQuery } from './parse-query';
export { type SearchField, type SearchHit, type SearchOutcome, searchItems } from './search-items';
export type { ItemRef, SearchableIssue, SearchableItem } from './searchable';
export { urlWordSpans, type WordSpan, wordSpans } from './word-spans';
