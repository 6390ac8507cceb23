import { LADDER } from './ladder';
import type { Row } from './report';
import { median, pairedRatios, summarize } from './stats';

function push<T>(map: Map<string, T[]>, id: string, value: T): void {
  const list = map.get(id);
  if (list) list.push(value);
  else map.set(id, [value]);
}

/** Every timing or heap figure of the ladder, per figure and size, in the order taken (round by round). */
export class LadderSamples {
  private readonly values = new Map<string, number[]>();
  private readonly failures = new Map<string, string[]>();

  add(key: string, size: number, value: number): void {
    push(this.values, `${key}@${size}`, value);
  }

  /** A run that did not reach its ready state: kept, so the row says so instead of a median of the rest. */
  fail(key: string, size: number, message: string): void {
    push(this.failures, `${key}@${size}`, message);
  }

  /**
   * Takes one measurement of `key` at `size`: kept, or why it failed kept instead; neither in a
   * warm-up round (`round` below 0). Resolves with the value, undefined when it failed.
   */
  async take(key: string, size: number, round: number, measure: () => Promise<number>): Promise<number | undefined> {
    try {
      const value = await measure();
      if (round >= 0) this.add(key, size, value);
      return value;
    } catch (error) {
      if (round >= 0) this.fail(key, size, error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }

  of(key: string, size: number): number[] {
    return this.values.get(`${key}@${size}`) ?? [];
  }

  failed(key: string, size: number): string[] {
    return this.failures.get(`${key}@${size}`) ?? [];
  }

  toJSON() {
    return { values: Object.fromEntries(this.values), failures: Object.fromEntries(this.failures) };
  }
}

/** A figure taken at every size: its label says what is measured, its budget is on the growth 13,300 ÷ 133. */
export interface LadderFigure {
  key: string;
  label: string;
  unit: 'ms' | 'bytes';
  /** Largest ÷ smallest size, at most this; absent for figures only reported. */
  growthBudget?: number;
}

/** One line of the ladder's own table: the figure at each size side by side, and its growth. */
export interface LadderLine {
  label: string;
  unit: 'ms' | 'bytes';
  /** Per size, smallest first: the median, or why there is none. */
  values: (number | string)[];
  runs: number[];
  growth: number;
  budget?: string;
  ok?: boolean;
}

const sizeText = (size: number) => size.toLocaleString('en');

/** The figure's rows (one per size, then the growth) and its line of the ladder table. */
export function ladderFigure(figure: LadderFigure, samples: LadderSamples): { rows: Row[]; line: LadderLine } {
  const sizes = LADDER.map((rung) => rung.size);
  const small = sizes[0]!;
  const large = sizes.at(-1)!;
  const rows: Row[] = [];
  const values: (number | string)[] = [];
  for (const size of sizes) {
    const taken = samples.of(figure.key, size);
    const failed = samples.failed(figure.key, size);
    const label = `${figure.label} · ${sizeText(size)} issues`;
    if (failed.length > 0 || taken.length === 0) {
      const value = failed.length > 0 ? `${failed.length} of ${failed.length + taken.length} runs failed: ${failed[0]}` : 'not measured';
      rows.push({ key: `${figure.key}-${size}`, label, unit: 'text', value, ok: false });
      values.push(failed.length > 0 ? 'failed' : 'not measured');
    } else {
      rows.push({ key: `${figure.key}-${size}`, label, unit: figure.unit, value: median(taken), spread: summarize(taken) });
      values.push(median(taken));
    }
  }
  const [low, high] = [samples.of(figure.key, small), samples.of(figure.key, large)];
  const broken = samples.failed(figure.key, small).length + samples.failed(figure.key, large).length > 0;
  const growth = broken ? Number.NaN : median(high) / median(low);
  const paired = Math.min(low.length, high.length);
  const budget = figure.growthBudget === undefined ? undefined : `≤ ${figure.growthBudget}×`;
  const ok = figure.growthBudget === undefined ? undefined : Number.isFinite(growth) && growth <= figure.growthBudget;
  rows.push({
    key: `${figure.key}-growth`,
    label: `${figure.label}: ${sizeText(large)} ÷ ${sizeText(small)} issues`,
    unit: 'ratio',
    value: growth,
    ...(paired > 1 ? { spread: pairedRatios(high.slice(0, paired), low.slice(0, paired)) } : {}),
    ...(budget ? { budget, ok } : {}),
  });
  const runs = sizes.map((size) => samples.of(figure.key, size).length);
  return { rows, line: { label: figure.label, unit: figure.unit, values, runs, growth, ...(budget ? { budget, ok } : {}) } };
}

function cell(unit: LadderLine['unit'], value: number | string): string {
  if (typeof value === 'string') return value;
  if (unit === 'bytes') return `${(value / 1024 / 1024).toFixed(1)} MB`;
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

/** The ladder as the table: one line per figure, the sizes side by side, the growth and its budget. */
export function ladderTable(lines: readonly LadderLine[]): string {
  const sizes = LADDER.map((rung) => rung.size);
  const header = ['Ladder (medians; n = runs)', ...sizes.map(sizeText), `growth ${sizeText(sizes.at(-1)!)} ÷ ${sizeText(sizes[0]!)}`, 'Budget', 'Status'];
  const body = lines.map((line) => [
    line.label,
    ...line.values.map((value, i) => `${cell(line.unit, value)} (n=${line.runs[i]})`),
    Number.isFinite(line.growth) ? `${line.growth.toFixed(2)}×` : '—',
    line.budget ?? '',
    line.ok === undefined ? '' : line.ok ? 'ok' : 'OVER BUDGET',
  ]);
  const widths = header.map((_, i) => Math.max(header[i]!.length, ...body.map((cells) => cells[i]!.length)));
  const render = (cells: string[]) =>
    cells
      .map((text, i) => text.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [render(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(render)].join('\n');
}
