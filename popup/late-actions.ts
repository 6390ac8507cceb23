// What the popup's store needs only once the capture or storage has answered, or the curator acts:
// one chunk, fetched right after first paint (popup-store.ts), so the first load leaves it out.
export { appendEmoji } from '../src/core/append-emoji';
export { escapePageText } from '../src/core/kubelist/escape-page-text';
export { addHighlightedTabs } from './add-highlighted-tabs';
export { toIssue } from './add-to-issue';
export { blurbHistoryIndex } from './blurb-history-index';
export { captureOutcome } from './capture-outcome';
export { keepLink } from './keep-link';
export { startLate } from './late-start';
export { toPool } from './save-for-later';
