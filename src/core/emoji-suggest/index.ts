// Emoji suggestions for a blurb: from emoji keywords and from the curator's own past blurbs.

export { type HistoryEntry, historyEntry } from './history-entry';
export { buildHistoryIndex, type HistoryIndex } from './history-index';
export { buildKeywordIndex, emojiName, type KeywordIndex, type KeywordMatch } from './keyword-index';
export { type SuggestionIndexes, suggestEmoji } from './suggest-emoji';
export { emojiKey, type SplitBlurb, splitTrailingEmoji, trailingEmoji } from './trailing-emoji';
export { stem, words } from './words';
