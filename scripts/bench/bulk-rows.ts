import type { ActionRun } from './bulk-measure';
import { heapTotal } from './heap-sampler';
import type { Row } from './report';
import { median, pairedRatios, summarize } from './stats';

/** The issue's budgets for bulk actions (issue 14): linear per issue, and a page that stays responsive. */
export const BULK_BUDGETS = {
  /** Time per issue at 13,300 issues ÷ at 1,330. */
  linearGrowth: 1.2,
  /** The most CPU time the page's main thread spends in one task while an action runs. */
  longestTaskMs: 200,
};

export type BulkAction = 'import' | 'import-folder' | 'export' | 'backup' | 'restore';

export const ACTION_LABELS: Record<BulkAction, string> = {
  import: 'Import (choose files → preview → confirm → written)',
  'import-folder': 'Import a folder (choose a folder → preview → confirm → written)',
  export: 'Export zip (click → file)',
  backup: 'Backup (click → file)',
  restore: 'Restore (choose the backup → preview → confirm → restored)',
};

const MB = 1024 * 1024;
const fmt = (n: number) => n.toLocaleString('en');
const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

/**
 * The rows of one action from its runs per size (sizes ascending; the last two are the
 * "1,330" and "13,300" of the budget): time per size, the per-issue growth from the middle size
 * to the largest (budgeted) and from the smallest to the middle (reported), the longest task,
 * the peak heap and whether a progress bar was shown. Failed runs count in no figure.
 */
export function actionRows(action: BulkAction, runs: Record<number, ActionRun[]>): Row[] {
  const sizes = Object.keys(runs)
    .map(Number)
    .sort((a, b) => a - b);
  const ok = (size: number) => runs[size]!.filter((run) => !run.error);
  const label = ACTION_LABELS[action];
  const rows: Row[] = [];
  for (const size of sizes) {
    const done = ok(size);
    const failed = runs[size]!.length - done.length;
    const times = done.map((run) => run.ms);
    rows.push({
      key: `bulk-${action}-${size}`,
      label: `${label}, ${fmt(size)} issues${failed > 0 ? ` (${failed} of ${runs[size]!.length} runs failed: ${runs[size]!.find((run) => run.error)!.error})` : ''}`,
      unit: 'ms',
      value: median(times),
      ...(times.length > 0 ? { spread: summarize(times) } : {}),
    });
  }
  const perIssue = (size: number) => ok(size).map((run) => run.ms / size);
  const growth = (large: number, small: number): Pick<Row, 'value' | 'spread'> => {
    const [a, b] = [perIssue(large), perIssue(small)];
    const paired = Math.min(a.length, b.length);
    return { value: median(a) / median(b), ...(paired > 0 ? { spread: pairedRatios(a.slice(0, paired), b.slice(0, paired)) } : {}) };
  };
  const [smallest, middle, largest] = sizes.length >= 3 ? sizes.slice(-3) : [undefined, ...sizes.slice(-2)];
  if (middle !== undefined && largest !== undefined) {
    const linear = growth(largest, middle);
    rows.push({
      key: `bulk-${action}-growth`,
      label: `${label}: time per issue, ${fmt(largest)} ÷ ${fmt(middle)} issues`,
      unit: 'ratio',
      ...linear,
      budget: `linear: ≤ ${BULK_BUDGETS.linearGrowth}×`,
      ok: (linear.value as number) <= BULK_BUDGETS.linearGrowth,
    });
  }
  if (smallest !== undefined && middle !== undefined) {
    rows.push({
      key: `bulk-${action}-growth-small`,
      label: `${label}: time per issue, ${fmt(middle)} ÷ ${fmt(smallest)} issues`,
      unit: 'ratio',
      ...growth(middle, smallest),
    });
  }
  // Every run counts here, failed or not: a long task before a failure still held the page.
  const all = sizes.flatMap((size) => runs[size]!);
  const longest = Math.max(...all.map((run) => run.longestTaskMs));
  const longestAt = sizes.map((size) => `${fmt(size)}: ${Math.max(...runs[size]!.map((run) => run.longestTaskMs)).toFixed(0)} ms`).join(', ');
  const handover = sizes.map((size) => Math.max(...runs[size]!.map((run) => run.handoverTaskMs)));
  // The browser builds the picked files in one task of its own before the page hears of them:
  // shown beside the figure, which keeps the page's own change handling.
  const handoverNote = handover.some((ms) => ms > 0)
    ? `; set apart, the browser's handover of the picked files: ${sizes.map((size, i) => `${fmt(size)}: ${handover[i]!.toFixed(0)} ms`).join(', ')}`
    : '';
  rows.push({
    key: `bulk-${action}-longest-task`,
    label: `${label}: longest main-thread task of any run, wall time (${longestAt}${handoverNote}; held longer on a busy machine, see the next row)`,
    unit: 'ms',
    value: longest,
  });
  // The budget is on the CPU time the page's own work took in one task: wall time also counts
  // the moments other processes had the CPU, which on a shared machine can be most of it.
  const cpu = Math.max(...all.map((run) => run.longestTaskCpuMs));
  const cpuAt = sizes
    .map((size) => {
      const run = runs[size]!.reduce((a, b) => (b.longestTaskCpuMs > a.longestTaskCpuMs ? b : a));
      return `${fmt(size)}: ${run.longestTaskCpuMs.toFixed(0)} ms of CPU in ${run.longestTaskCpuWallMs.toFixed(0)} ms`;
    })
    .join(', ');
  rows.push({
    key: `bulk-${action}-longest-task-cpu`,
    label: `${label}: most main-thread CPU time in one task, any run (${cpuAt})`,
    unit: 'ms',
    value: cpu,
    budget: `≤ ${BULK_BUDGETS.longestTaskMs} ms`,
    ok: cpu > 0 && cpu <= BULK_BUDGETS.longestTaskMs,
  });
  const heaps = sizes.map((size) => {
    const peak = Math.max(...runs[size]!.map((run) => heapTotal(run.heapPeak)));
    const added = Math.max(...runs[size]!.map((run) => heapTotal(run.heapPeak) - heapTotal(run.heapBefore)));
    return `${fmt(size)}: ${mb(peak)}, +${mb(added)} = ${fmt(Math.round(added / size))} B per issue`;
  });
  rows.push({
    key: `bulk-${action}-heap`,
    label: `${label}: peak heap (JS + DOM + buffers), and what the action added`,
    unit: 'text',
    value: heaps.join(' · '),
  });
  const shown = sizes.map(
    (size) => `${fmt(size)}: ${runs[size]!.every((run) => run.progressShown) ? 'yes' : runs[size]!.some((run) => run.progressShown) ? 'some runs' : 'no'}`,
  );
  // At the smallest size an action may end before a bar is worth a frame: it is budgeted from the middle size up.
  const budgeted = sizes.slice(-2).flatMap((size) => runs[size]!);
  rows.push({
    key: `bulk-${action}-progress`,
    label: `${label}: a progress bar shown while it runs`,
    unit: 'text',
    value: shown.join(', '),
    budget: `yes, from ${fmt(sizes.at(-2) ?? sizes[0]!)} issues`,
    ok: budgeted.length > 0 && budgeted.every((run) => run.progressShown),
  });
  return rows;
}
