import type { StatsIssue } from './stats-input';

/** How long issues are: the extremes, the middle, and how many issues have each length. */
export interface ItemsPerIssue {
  min: number;
  median: number;
  max: number;
  /** One row per item count that occurs, fewest items first. */
  distribution: { items: number; issues: number }[];
}

/** Item counts across issues; all zero for an empty archive. */
export function itemsPerIssue(issues: readonly StatsIssue[]): ItemsPerIssue {
  const counts = issues.map((issue) => issue.items.length).sort((a, b) => a - b);
  if (counts.length === 0) return { min: 0, median: 0, max: 0, distribution: [] };
  const mid = counts.length >> 1;
  const median = counts.length % 2 === 1 ? counts[mid]! : (counts[mid - 1]! + counts[mid]!) / 2;
  const byLength = new Map<number, number>();
  for (const count of counts) byLength.set(count, (byLength.get(count) ?? 0) + 1);
  return {
    min: counts[0]!,
    median,
    max: counts.at(-1)!,
    distribution: [...byLength].map(([items, issues]) => ({ items, issues })),
  };
}
