import { emojiKey, trailingEmoji } from '../emoji-suggest/trailing-emoji';
import { rankTallies, type StatsIssue, type Tally } from './stats-input';

export interface EmojiUsage {
  /** The emoji blurbs end with, most used first; each shown as the archive spells it most often. */
  top: Tally[];
  /** Blurbs that end with at least one emoji, and those that end with none. */
  withEmoji: number;
  withoutEmoji: number;
}

/** Trailing emoji across every blurb; `🛡` and `🛡️` (with VS16) count as one. */
export function emojiUsed(issues: readonly StatsIssue[], limit = 20): EmojiUsage {
  const counts = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  let withEmoji = 0;
  let withoutEmoji = 0;
  for (const issue of issues) {
    for (const item of issue.items) {
      const emoji = trailingEmoji(item.commentary);
      if (emoji.length === 0) withoutEmoji++;
      else withEmoji++;
      for (const one of emoji) {
        const key = emojiKey(one);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        const spelled = spellings.get(key) ?? new Map<string, number>();
        spellings.set(key, spelled.set(one, (spelled.get(one) ?? 0) + 1));
      }
    }
  }
  const shown = (key: string) => [...spellings.get(key)!].sort((a, b) => b[1] - a[1])[0]![0];
  const top = rankTallies(counts, limit).map(({ name, count }) => ({ name: shown(name), count }));
  return { top, withEmoji, withoutEmoji };
}
