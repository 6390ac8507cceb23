import { useState } from 'preact/hooks';
import { collapseEmptyMonths, type MonthRow } from '../../../src/core/archive-stats';
import type { MonthCount } from '../../../src/core/archive-stats/issues-per-month';
import { t, tn } from '../../../src/text/t';
import { type BarRow, StatsBarTable } from './StatsBarTable';

/**
 * Rows of the table shown at first: the last five years. An archive of thousands of issues spans
 * decades (13,300 weekly issues: 3,060 months), and rendering every row on each visit would make
 * the section slower the larger the archive; the rest is one click away.
 */
export const MONTH_ROWS_SHOWN = 60;

/** Issues per month, oldest first: the latest `MONTH_ROWS_SHOWN` rows, or every one once asked for. */
export function StatsPerMonth({ perMonth }: { perMonth: readonly MonthCount[] }) {
  const [all, setAll] = useState(false);
  const rows = collapseEmptyMonths(perMonth);
  const hidden = all ? 0 : Math.max(0, rows.length - MONTH_ROWS_SHOWN);
  const shown = hidden > 0 ? rows.slice(hidden) : rows;
  return (
    <section class="stats-block" aria-labelledby="per-month-heading">
      <h3 id="per-month-heading">{t('issuesPerMonth')}</h3>
      <StatsBarTable
        caption={hidden > 0 ? t('issuesPerMonthLatestCaption', shown[0] ? rowStart(shown[0]) : '') : t('issuesPerMonthCaption')}
        labelHeading={t('colMonth')}
        valueHeading={t('colIssues')}
        rows={shown.map(monthBar)}
      />
      {hidden > 0 && (
        <button type="button" class="stats-more" onClick={() => setAll(true)}>
          {tn('statsEarlierMonths', hidden, rows[0] ? rowStart(rows[0]) : '')}
        </button>
      )}
    </section>
  );
}

const rowStart = (row: MonthRow) => (row.kind === 'month' ? row.month : row.from);

/** A month and its issues, or a stretch without any as one quiet row ("2019-09 – 2020-03: no issues (7 months)"). */
function monthBar(row: MonthRow): BarRow {
  if (row.kind === 'month') return { key: row.month, label: row.month, value: row.issues };
  return { key: `${row.from}/${row.to}`, label: tn('monthsWithoutIssues', row.months, row.from, row.to), value: 0, quiet: true };
}
