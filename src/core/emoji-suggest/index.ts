// Emoji suggestions for a blurb: from emoji keywords and from the curator's own past blurbs.
export { words, stem } from './words';
export { emojiKey, splitTrailingEmoji, trailingEmoji, type SplitBlurb } from './trailing-emoji';
export { buildKeywordIndex, emojiName, type KeywordIndex, type KeywordMatch } from './keyword-index';
export { historyEntry, type HistoryEntry } from './history-entry';
export { buildHistoryIndex, type HistoryIndex } from './history-index';
export { suggestEmoji, type SuggestionIndexes } from './suggest-emoji';
