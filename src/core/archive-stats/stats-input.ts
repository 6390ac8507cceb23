/** What the statistics read of an issue: `Issue` from the Kubelist model fits, and so does a stored one. */
export interface StatsIssue {
  number: number;
  /** `YYYY-MM-DD`. */
  date: string;
  items: ReadonlyArray<{ title: string; url: string; commentary: string }>;
}

/** A name and how often it occurs, for the "most used" lists. */
export interface Tally {
  name: string;
  count: number;
}

/** Counts in a map, most frequent first, ties in alphabetical order so the list is stable. */
export function rankTallies(counts: ReadonlyMap<string, number>, limit: number): Tally[] {
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit);
}
