import type { MonthCount } from './issues-per-month';

/** A row of the issues-per-month table: one month, or a stretch of months without an issue. */
export type MonthRow = ({ kind: 'month' } & MonthCount) | { kind: 'gap'; from: string; to: string; months: number };

/**
 * The months, each run of `minRun` or more empty months folded into one `gap` row: one issue
 * years after the archive ends would otherwise fill the table with rows of 0. A single empty
 * month between busy ones stays a row of its own: folded, it would take the same room and say less.
 */
export function collapseEmptyMonths(months: readonly MonthCount[], minRun = 2): MonthRow[] {
  const rows: MonthRow[] = [];
  let run: MonthCount[] = [];
  const flush = () => {
    if (run.length >= minRun) rows.push({ kind: 'gap', from: run[0]!.month, to: run.at(-1)!.month, months: run.length });
    else rows.push(...run.map((month) => ({ kind: 'month' as const, ...month })));
    run = [];
  };
  for (const month of months) {
    if (month.issues === 0) {
      run.push(month);
      continue;
    }
    flush();
    rows.push({ kind: 'month', ...month });
  }
  flush();
  return rows;
}
