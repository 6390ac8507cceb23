import type { StatsIssue } from './stats-input';

/** Issues that went out in one calendar month (`YYYY-MM`). */
export interface MonthCount {
  month: string;
  issues: number;
}

/** The calendar month (`YYYY-MM`) of an issue date; null for a date that has none. */
export const monthOf = (date: string): string | null => (/^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null);

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from the first in `counts` to the last, oldest first, those not in it with 0. */
export function fillMonths(counts: ReadonlyMap<string, number>): MonthCount[] {
  const months = [...counts.keys()].sort();
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const result: MonthCount[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) result.push({ month, issues: counts.get(month) ?? 0 });
  return result;
}

/**
 * Issues per month from the first issue's month to the last one's, oldest first. Months with no
 * issue are listed with 0: a pause (Kubelist's autumn 2019 to spring 2020) is worth seeing.
 */
export function issuesPerMonth(issues: readonly StatsIssue[]): MonthCount[] {
  const counts = new Map<string, number>();
  for (const issue of issues) {
    const month = monthOf(issue.date);
    if (month) counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return fillMonths(counts);
}
