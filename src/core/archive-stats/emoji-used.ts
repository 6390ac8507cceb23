import { emojiKey, trailingEmoji } from '../emoji-suggest/trailing-emoji';
import { rankTallies, type StatsIssue, type Tally } from './stats-input';

export interface EmojiUsage {
  /** The emoji blurbs end with, most used first; each shown as the archive spells it most often. */
  top: Tally[];
  /** Blurbs that end with at least one emoji, and those that end with none. */
  withEmoji: number;
  withoutEmoji: number;
}

/** How many emoji the statistics list. */
export const TOP_EMOJI = 20;

/** Each emoji's spellings (`🛡`, `🛡️`) with how often each was written; the key is `emojiKey`. */
export type EmojiSpellings = Map<string, Map<string, number>>;

/** Adds one blurb's trailing emoji to `spellings`; says whether it had any. */
export function tallyBlurbEmoji(spellings: EmojiSpellings, commentary: string): boolean {
  const emoji = trailingEmoji(commentary);
  for (const one of emoji) {
    const key = emojiKey(one);
    const spelled = spellings.get(key) ?? new Map<string, number>();
    spellings.set(key, spelled.set(one, (spelled.get(one) ?? 0) + 1));
  }
  return emoji.length > 0;
}

/** The most used emoji, each shown as spelled most often (ties: the first in code-unit order, so it never depends on reading order). */
export function topEmoji(spellings: EmojiSpellings, limit = TOP_EMOJI): Tally[] {
  const counts = new Map<string, number>();
  for (const [key, spelled] of spellings)
    counts.set(
      key,
      [...spelled.values()].reduce((sum, n) => sum + n, 0),
    );
  const shown = (key: string) => [...spellings.get(key)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0];
  return rankTallies(counts, limit).map(({ name, count }) => ({ name: shown(name), count }));
}

/** Trailing emoji across every blurb; `🛡` and `🛡️` (with VS16) count as one. */
export function emojiUsed(issues: readonly StatsIssue[], limit = TOP_EMOJI): EmojiUsage {
  const spellings: EmojiSpellings = new Map();
  let withEmoji = 0;
  let withoutEmoji = 0;
  for (const issue of issues) {
    for (const item of issue.items) {
      if (tallyBlurbEmoji(spellings, item.commentary)) withEmoji++;
      else withoutEmoji++;
    }
  }
  return { top: topEmoji(spellings, limit), withEmoji, withoutEmoji };
}
