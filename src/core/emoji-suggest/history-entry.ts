import { splitTrailingEmoji } from './trailing-emoji';

// Apart from the index so that storage can make entries without pulling the suggestion code
// into the popup's first bundle (the UI loads that lazily).

/**
 * Bump when what an emoji history index holds changes (this entry, the word rules, the index's
 * shape): a kept index made otherwise is then worked out again.
 */
export const HISTORY_VERSION = 1;

/** One past blurb: its words (title and commentary, emoji removed) and the emoji it ended with. */
export interface HistoryEntry {
  text: string;
  emoji: string[];
}

/** The history entry for an archived item, or null when its blurb ends with no emoji. */
export function historyEntry(title: string, commentary: string): HistoryEntry | null {
  const { body, emoji } = splitTrailingEmoji(commentary);
  return emoji.length === 0 ? null : { text: `${title}\n${body}`, emoji };
}
