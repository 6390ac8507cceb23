import type { ComponentChildren } from 'preact';
import { t } from '../../../src/text/t';

export interface BarRow {
  key: string;
  label: ComponentChildren;
  value: number;
  /** A row that stands for an absence (a stretch of empty months): shown muted. */
  quiet?: boolean;
}

/**
 * A table with a bar beside each number: readable as a table by a screen reader (the bar is
 * decoration), and as a chart at a glance. No chart library.
 */
export function StatsBarTable({
  caption,
  labelHeading,
  valueHeading,
  rows,
}: {
  caption: string;
  labelHeading: string;
  valueHeading: string;
  rows: readonly BarRow[];
}) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  return (
    <table class="stats-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeading}</th>
          <th scope="col" class="num">
            {valueHeading}
          </th>
          <th scope="col" class="bar-cell">
            <span class="visually-hidden">{t('bar')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} class={row.quiet ? 'quiet' : undefined}>
            <th scope="row">{row.label}</th>
            <td class="num">{row.value}</td>
            <td class="bar-cell" aria-hidden="true">
              <span class="bar" style={{ width: `${(100 * row.value) / max}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
