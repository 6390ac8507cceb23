import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Summary } from './stats';

/** One line of the results: a figure, how it spread over the runs, and its budget if it has one. */
export interface Row {
  /** Stable across runs, for comparing a run with the one before. */
  key: string;
  label: string;
  unit: 'bytes' | 'ms' | 'ratio' | 'count' | 'text';
  /** The figure: a median for timings and ratios. */
  value: number | string;
  spread?: Summary;
  /** The budget, as stated in the issue, e.g. "≤ 20 KB"; absent for figures that are only reported. */
  budget?: string;
  ok?: boolean;
}

export interface Results {
  meta: Record<string, string | number>;
  rows: Row[];
  /** What the figures were computed from: file lists, calls observed, each run's timings. */
  details?: Record<string, unknown>;
}

const KB = 1024;

function formatValue(unit: Row['unit'], value: number | string): string {
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  switch (unit) {
    case 'bytes':
      // Heaps run to megabytes; gzip sizes stay in kilobytes, as their budgets are written.
      return value >= KB * KB ? `${(value / KB / KB).toFixed(1)} MB (${Math.round(value)} B)` : `${(value / KB).toFixed(2)} KB (${Math.round(value)} B)`;
    case 'ms':
      return value >= 100 ? `${value.toFixed(0)} ms` : value >= 1 ? `${value.toFixed(1)} ms` : `${value.toFixed(3)} ms`;
    case 'ratio':
      return `${value.toFixed(2)}×`;
    default:
      return String(value);
  }
}

function formatSpread(unit: Row['unit'], spread: Summary | undefined): string {
  if (!spread || spread.runs < 2) return '';
  const short = (value: number) => formatValue(unit, value).replace(/ \(\d+ B\)$/, '');
  return `${short(spread.min)} – ${short(spread.max)} (n=${spread.runs})`;
}

/** Relative change of a figure since the previous run, e.g. "+3.1%". */
function delta(row: Row, previous: Results | undefined): string {
  const before = previous?.rows.find((old) => old.key === row.key)?.value;
  if (typeof before !== 'number' || typeof row.value !== 'number' || before === 0) return '';
  const change = ((row.value - before) / before) * 100;
  return `${change >= 0 ? '+' : ''}${change.toFixed(1)}%`;
}

/** The results as a plain-text table, with the change since `previous` when there is one. */
export function table(results: Results, previous?: Results): string {
  const header = ['Figure', 'Median / value', 'Min – max', 'Budget', 'Status', previous ? 'Δ vs previous' : ''];
  const lines = results.rows.map((row) => [
    row.label,
    formatValue(row.unit, row.value),
    formatSpread(row.unit, row.spread),
    row.budget ?? '',
    row.ok === undefined ? '' : row.ok ? 'ok' : 'OVER BUDGET',
    previous ? delta(row, previous) : '',
  ]);
  const widths = header.map((_, i) => Math.max(header[i]!.length, ...lines.map((line) => line[i]!.length)));
  const render = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [
    render(header),
    widths
      .map((width) => '-'.repeat(width))
      .join('  ')
      .trimEnd(),
    ...lines.map(render),
  ].join('\n');
}

/**
 * Writes `latest.json` in `dir`, first moving the last run's to `previous.json`, and returns that
 * previous run; another `name` (a partial run's) is written as it is, with nothing to compare. The folder ignores itself in git: results are per machine, not source.
 */
export function saveResults(dir: string, results: Results, name = 'latest.json'): Results | undefined {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.gitignore'), '# Benchmark results are per machine: npm run bench writes them.\n*\n');
  const latest = join(dir, name);
  if (name !== 'latest.json') {
    writeFileSync(latest, `${JSON.stringify(results, null, 2)}\n`);
    return undefined;
  }
  let previous: Results | undefined;
  if (existsSync(latest)) {
    try {
      previous = JSON.parse(readFileSync(latest, 'utf8')) as Results;
    } catch {
      previous = undefined;
    }
    renameSync(latest, join(dir, 'previous.json'));
  }
  writeFileSync(latest, `${JSON.stringify(results, null, 2)}\n`);
  return previous;
}
