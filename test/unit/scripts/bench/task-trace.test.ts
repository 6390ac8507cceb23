import { describe, expect, it } from 'vitest';
import { busiestTask } from '../../../../scripts/bench/bulk-measure';
import { PAGE_START_MARK, pageTasks, START_MARK } from '../../../../scripts/bench/task-trace';

const task = (pid: number, tid: number, ts: number, dur: number, tdur: number) => ({
  name: 'ThreadControllerImpl::RunTask',
  cat: 'toplevel',
  ph: 'X',
  pid,
  tid,
  ts,
  dur,
  tdur,
});
// The page set its mark at 1,000 ms of its clock, which the trace saw at 5,000,000 µs.
const mark = { name: START_MARK, cat: 'blink.user_timing', ph: 'I', pid: 7, tid: 7, ts: 5_000_000, args: { data: { startTime: 1_000 } } };

describe('the tasks of the marked page, from a trace', () => {
  it('keeps the marked thread’s tasks from the mark on, in the page’s clock', () => {
    const tasks = pageTasks([
      task(7, 7, 4_000_000, 10_000, 9_000), // before the mark
      mark,
      task(7, 7, 5_100_000, 300_000, 80_000),
      task(7, 9, 5_200_000, 500_000, 500_000), // another thread of that renderer
      task(8, 8, 5_300_000, 500_000, 500_000), // another process
    ]);
    expect(tasks).toEqual([{ start: 1_100, wallMs: 300, cpuMs: 80 }]);
  });

  it('keeps them from navigation start when asked, under another mark', () => {
    const pageMark = { ...mark, name: PAGE_START_MARK, args: { data: { startTime: 30 } } };
    // The page's clock started at 4,970,000 µs: a task from 4,980,000 µs is at 10 ms of it.
    const tasks = pageTasks([task(7, 7, 4_900_000, 20_000, 20_000), task(7, 7, 4_980_000, 15_000, 12_000), pageMark], { mark: PAGE_START_MARK, from: 0 });
    expect(tasks).toEqual([{ start: 10, wallMs: 15, cpuMs: 12 }]);
  });

  it('gives nothing when the page set no mark', () => {
    expect(pageTasks([task(7, 7, 5_100_000, 300_000, 80_000)])).toEqual([]);
  });
});

describe('the busiest task of an action', () => {
  const tasks = [
    { start: 100, wallMs: 900, cpuMs: 850 }, // holds a file input's change: the handover
    { start: 2_000, wallMs: 400, cpuMs: 90 },
    { start: 3_000, wallMs: 120, cpuMs: 110 },
    { start: 9_000, wallMs: 500, cpuMs: 500 }, // after the action stopped
  ];

  it('is the one with the most CPU time, the handover and what came after aside', () => {
    expect(busiestTask(tasks, 5_000, [150])).toEqual({ start: 3_000, wallMs: 120, cpuMs: 110 });
  });

  it('counts the handover’s task when no change fired in it', () => {
    expect(busiestTask(tasks, 5_000, [])).toEqual({ start: 100, wallMs: 900, cpuMs: 850 });
  });
});
