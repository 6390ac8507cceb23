// Regression (issue 12, item 7): the statistics listed every empty month, ~65 rows of 0 for one
// issue in 2026 after an archive that ends in 2021.
import { describe, expect, it } from 'vitest';
import { collapseEmptyMonths, issuesPerMonth, type StatsIssue } from '../../../../src/core/archive-stats';
import { parseIssue } from '../../../../src/core/kubelist';
import { itWithArchive, readArchive } from '../../../fixtures/archive';

const months = (...counts: [string, number][]) => counts.map(([month, issues]) => ({ month, issues }));

describe('collapseEmptyMonths', () => {
  itWithArchive('folds the years between the archive and an issue published in 2026 into one row', () => {
    const archive: StatsIssue[] = [...readArchive().values()].map((text) => parseIssue(text).issue);
    const rows = collapseEmptyMonths(issuesPerMonth([...archive, { number: 135, date: '2026-03-04', items: [] }]));
    expect(rows.filter((row) => row.kind === 'gap')).toEqual([
      { kind: 'gap', from: '2019-09', to: '2020-03', months: 7 },
      { kind: 'gap', from: '2021-08', to: '2026-02', months: 55 },
    ]);
    expect(rows).toHaveLength(36 + 2);
    expect(rows.at(-1)).toEqual({ kind: 'month', month: '2026-03', issues: 1 });
  });

  it('keeps a single empty month between busy ones as a row of 0, and folds two', () => {
    expect(collapseEmptyMonths(months(['2021-01', 2], ['2021-02', 0], ['2021-03', 1], ['2021-04', 0], ['2021-05', 0], ['2021-06', 3]))).toEqual([
      { kind: 'month', month: '2021-01', issues: 2 },
      { kind: 'month', month: '2021-02', issues: 0 },
      { kind: 'month', month: '2021-03', issues: 1 },
      { kind: 'gap', from: '2021-04', to: '2021-05', months: 2 },
      { kind: 'month', month: '2021-06', issues: 3 },
    ]);
  });

  it('leaves a table without empty months, and an empty one, as they are', () => {
    expect(collapseEmptyMonths(months(['2021-01', 2], ['2021-02', 1]))).toEqual([
      { kind: 'month', month: '2021-01', issues: 2 },
      { kind: 'month', month: '2021-02', issues: 1 },
    ]);
    expect(collapseEmptyMonths([])).toEqual([]);
  });
});
