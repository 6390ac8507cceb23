import { splitTrailingEmoji } from './emoji-suggest';
import type { Issue } from './issue';

/** A curator's usual range for a figure: the middle 80% of their archived issues. */
export interface UsualRange {
  low: number;
  high: number;
}

export interface Habits {
  itemsPerIssue: UsualRange;
  wordsPerBlurb: UsualRange;
}

export interface IssueCounts {
  items: number;
  /** Words in each blurb, emoji not counted, in item order. */
  wordsPerBlurb: number[];
  /** 1-based numbers of the items whose blurb does not end with an emoji. */
  withoutEmoji: number[];
  /** Where this issue is far from the curator's usual range. */
  notes: CountNote[];
}

/**
 * A count far from the usual, as a code and its figures: the editor words it
 * (options/sections/draft/issue-check-text.ts).
 */
export type CountNote =
  | { code: 'fewerItems' | 'moreItems'; items: number; low: number; high: number }
  | { code: 'blurbLength'; item: number; words: number; low: number; high: number };

const wordCount = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))]!;
}

const rangeOf = (values: number[]): UsualRange => {
  const sorted = values.slice().sort((a, b) => a - b);
  return { low: percentile(sorted, 0.1), high: percentile(sorted, 0.9) };
};

/** The curator's usual item count and blurb length, from their archive; null without one. */
export function habitsFrom(archive: readonly Issue[]): Habits | null {
  if (archive.length < 5) return null; // too few issues to call anything usual
  const blurbs = archive.flatMap((issue) => issue.items.map((item) => wordCount(splitTrailingEmoji(item.commentary).body)));
  return { itemsPerIssue: rangeOf(archive.map((issue) => issue.items.length)), wordsPerBlurb: rangeOf(blurbs) };
}

/** Counts for the editor, with notes where the issue is far from the curator's habits. */
export function countIssue(issue: Issue, habits: Habits | null): IssueCounts {
  const blurbs = issue.items.map((item) => splitTrailingEmoji(item.commentary));
  const wordsPerBlurb = blurbs.map(({ body }) => wordCount(body));
  const withoutEmoji = issue.items.flatMap((item, i) => (item.commentary.trim() !== '' && blurbs[i]!.emoji.length === 0 ? [i + 1] : []));
  const notes: CountNote[] = [];
  if (habits && issue.items.length > 0) {
    const items = issue.items.length;
    const { low, high } = habits.itemsPerIssue;
    if (items < low) notes.push({ code: 'fewerItems', items, low, high });
    if (items > high) notes.push({ code: 'moreItems', items, low, high });
    wordsPerBlurb.forEach((words, i) => {
      if (words === 0) return;
      const range = habits.wordsPerBlurb;
      if (words > range.high * 1.5 || words < range.low / 2) notes.push({ code: 'blurbLength', item: i + 1, words, ...range });
    });
  }
  return { items: issue.items.length, wordsPerBlurb, withoutEmoji, notes };
}
