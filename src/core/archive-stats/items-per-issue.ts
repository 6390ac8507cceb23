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

/** The same from a tally (item count → issues with that many), without a list of every issue. */
export function itemsPerIssueFromTally(lengths: ReadonlyMap<number, number>): ItemsPerIssue {
  const distribution = [...lengths]
    .filter(([, issues]) => issues > 0)
    .sort((a, b) => a[0] - b[0])
    .map(([items, issues]) => ({ items, issues }));
  const total = distribution.reduce((sum, row) => sum + row.issues, 0);
  if (total === 0) return { min: 0, median: 0, max: 0, distribution: [] };
  // The item count of the issue at sorted place `index`.
  const at = (index: number) => {
    let seen = 0;
    for (const row of distribution) {
      seen += row.issues;
      if (index < seen) return row.items;
    }
    return distribution.at(-1)!.items;
  };
  const mid = total >> 1;
  const median = total % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  return { min: distribution[0]!.items, median, max: distribution.at(-1)!.items, distribution };
}
