/**
 * Search across the archive and the draft: words of titles, blurbs and URLs, case- and
 * accent-insensitive, each query word the start of a word, "quoted phrases" whole. Pure: the
 * index is built once from plain issues, and hits come back with highlights as data.
 */
export type { ItemRef, SearchableIssue, SearchableItem } from './searchable';
export { foldText } from './fold-text';
export { wordSpans, urlWordSpans, type WordSpan } from './word-spans';
export { parseQuery, isEmptyQuery, type SearchQuery } from './parse-query';
export { buildSearchIndex, type IndexedItem, type SearchIndex } from './build-search-index';
export type { Segment } from './highlight';
export { searchItems, type SearchField, type SearchHit, type SearchOutcome } from './search-items';
