// Emoji suggestions for a blurb: from the newsletter's domain words and the curator's own past blurbs.

export { DOMAIN_KEYWORDS, type DomainEmoji } from './domain-keywords';
export { HISTORY_VERSION, type HistoryEntry, historyEntry } from './history-entry';
export { blurbsWith, buildHistoryIndex, emojiWith, type HistoryIndex } from './history-index';
export { buildKeywordIndex, emojiName, type KeywordIndex, type KeywordMatch } from './keyword-index';
export { SUGGESTION_LIMIT, type SuggestionIndexes, suggestEmoji } from './suggest-emoji';
export { emojiKey, type SplitBlurb, splitTrailingEmoji, trailingEmoji } from './trailing-emoji';
export { stem, words } from './words';
