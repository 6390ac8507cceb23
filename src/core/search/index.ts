/**
 * Search across the archive and the draft: words of titles, blurbs and URLs, case- and
 * accent-insensitive, each query word the start of a word, "quoted phrases" whole. Pure: issues
 * are searched a run at a time as storage reads them, and hits come back with highlights as data.
 */

export { foldText } from './fold-text';
export type { Segment } from './highlight';
export { type ItemMatcher, itemMatcher, matchedFields, type SearchField, type SearchHit, toHit } from './item-matcher';
export { isEmptyQuery, parseQuery, type SearchQuery } from './parse-query';
export { type IssuesOutcome, searchIssues } from './search-issues';
export type { ItemRef, SearchableIssue, SearchableItem } from './searchable';
export { urlWordSpans, type WordSpan, wordSpans } from './word-spans';
