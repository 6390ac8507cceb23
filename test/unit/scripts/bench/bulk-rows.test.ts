import { describe, expect, it } from 'vitest';
import type { ActionRun } from '../../../../scripts/bench/bulk-measure';
import { actionRows } from '../../../../scripts/bench/bulk-rows';

const MB = 1024 * 1024;

function run(ms: number, more: Partial<ActionRun> = {}): ActionRun {
  return {
    ms,
    phases: { 'click → file': ms },
    longestTaskMs: 80,
    longTasks: 1,
    handoverTaskMs: 0,
    longestTaskCpuMs: 60,
    longestTaskCpuWallMs: 70,
    heapBefore: { js: 10 * MB, dom: 0, buffers: 0 },
    heapPeak: { js: 20 * MB, dom: 0, buffers: 0 },
    heapSamples: 5,
    progressShown: true,
    ...more,
  };
}

const byKey = (rows: ReturnType<typeof actionRows>) => Object.fromEntries(rows.map((row) => [row.key, row]));

describe('the rows of a bulk action', () => {
  it('budgets the time per issue from the middle size to the largest, and reports the small step', () => {
    const rows = byKey(actionRows('backup', { 133: [run(133), run(133)], 1330: [run(1_330), run(1_330)], 13300: [run(26_600), run(26_600)] }));
    expect(rows['bulk-backup-13300']!.value).toBe(26_600);
    expect(rows['bulk-backup-growth']).toMatchObject({ value: 2, ok: false, budget: 'linear: ≤ 1.2×' });
    expect(rows['bulk-backup-growth']!.label).toContain('13,300 ÷ 1,330 issues');
    expect(rows['bulk-backup-growth-small']).toMatchObject({ value: 1 });
    expect(rows['bulk-backup-growth-small']!.ok).toBeUndefined();
  });

  it('leaves failed runs out of the times and says why they failed', () => {
    const rows = byKey(actionRows('restore', { 133: [run(133)], 1330: [run(1_330)], 13300: [run(13_300), run(1, { error: 'The editor said: too large' })] }));
    expect(rows['bulk-restore-13300']!.value).toBe(13_300);
    expect(rows['bulk-restore-13300']!.label).toContain('1 of 2 runs failed: The editor said: too large');
    expect(rows['bulk-restore-growth']).toMatchObject({ value: 1, ok: true });
  });

  it('holds every run to the budget on the CPU time of one task, failed runs too', () => {
    const rows = byKey(
      actionRows('import', { 133: [run(1)], 1330: [run(1)], 13300: [run(1, { error: 'timeout', longestTaskCpuMs: 900, longestTaskCpuWallMs: 4_000 })] }),
    );
    expect(rows['bulk-import-longest-task-cpu']).toMatchObject({ value: 900, ok: false, budget: '≤ 200 ms' });
    expect(rows['bulk-import-longest-task-cpu']!.label).toContain('13,300: 900 ms of CPU in 4000 ms');
  });

  it('reports the longest task in wall time beside it, without a budget: a busy machine stretches it', () => {
    const rows = byKey(actionRows('import', { 1330: [run(1, { longestTaskMs: 90 })], 13300: [run(1, { longestTaskMs: 480, longestTaskCpuMs: 120 })] }));
    expect(rows['bulk-import-longest-task']).toMatchObject({ value: 480 });
    expect(rows['bulk-import-longest-task']!.ok).toBeUndefined();
    expect(rows['bulk-import-longest-task-cpu']).toMatchObject({ value: 120, ok: true });
  });

  it('does not pass a run that traced no task', () => {
    const rows = byKey(actionRows('backup', { 1330: [run(1, { longestTaskCpuMs: 0 })], 13300: [run(1, { longestTaskCpuMs: 0 })] }));
    expect(rows['bulk-backup-longest-task-cpu']!.ok).toBe(false);
  });

  it('names the browser’s handover of picked files beside the longest task, which the budget leaves to the rest', () => {
    const rows = byKey(
      actionRows('import', { 1330: [run(1, { handoverTaskMs: 700, longestTaskMs: 90 })], 13300: [run(1, { handoverTaskMs: 7_000, longestTaskMs: 120 })] }),
    );
    expect(rows['bulk-import-longest-task']).toMatchObject({ value: 120 });
    expect(rows['bulk-import-longest-task']!.label).toContain("set apart, the browser's handover of the picked files: 1,330: 700 ms, 13,300: 7000 ms");
  });

  it('wants a progress bar in every run from the middle size up, not at the smallest', () => {
    const shown = byKey(actionRows('export', { 133: [run(1, { progressShown: false })], 1330: [run(1)], 13300: [run(1)] }));
    expect(shown['bulk-export-progress']).toMatchObject({ value: '133: no, 1,330: yes, 13,300: yes', ok: true });
    const missing = byKey(actionRows('export', { 133: [run(1)], 1330: [run(1)], 13300: [run(1), run(1, { progressShown: false })] }));
    expect(missing['bulk-export-progress']).toMatchObject({ value: '133: yes, 1,330: yes, 13,300: some runs', ok: false });
  });

  it('reports the peak heap and what the action added per issue', () => {
    const rows = byKey(actionRows('export', { 133: [run(1)], 1330: [run(1)], 13300: [run(1)] }));
    expect(rows['bulk-export-heap']!.value).toContain('13,300: 20 MB, +10 MB = 788 B per issue');
  });
});
