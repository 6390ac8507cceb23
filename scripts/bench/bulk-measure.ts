import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { REPO_ROOT } from './build';
import type { SlowFrame } from './bulk-probe';
import { type HeapReading, readHeap, sampleHeap } from './heap-sampler';
import { type TracedTask, traceTasks } from './task-trace';

/**
 * `BENCH_BULK_PROFILE=1` records a CPU profile of the editor during each action, into
 * `bench-results/profiles/<action>-<size>.cpuprofile` (DevTools opens it): what a long task ran.
 * Off by default, as the profiler slows the page it measures.
 */
const PROFILE = !!process.env.BENCH_BULK_PROFILE;

async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
}

async function saveProfile(cdp: CDPSession, name: string): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop');
  const dir = join(REPO_ROOT, 'bench-results', 'profiles');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
}

/** One bulk action, measured once. */
export interface ActionRun {
  /** From the curator's first step (click, files chosen) to the last result (file, status). */
  ms: number;
  /** The same time cut at the points the curator sees (e.g. preview shown, then written). */
  phases: Record<string, number>;
  /**
   * The longest task on the page's main thread in that time, and how many were over 50 ms; the
   * browser's handover of picked files aside, but with the page's own `change` handling in it.
   */
  longestTaskMs: number;
  longTasks: number;
  /** The task in which the browser handed the picked files to the page (0 when none was long). */
  handoverTaskMs: number;
  /**
   * The most CPU time the page's main thread had in one task (from a trace), the handover aside:
   * what the extension's own work held the thread for, whatever else ran on the machine.
   */
  longestTaskCpuMs: number;
  /** That task's wall time, for comparison. */
  longestTaskCpuWallMs: number;
  /** The frames held longest, with the scripts that ran in them (the results' details only). */
  slowFrames?: SlowFrame[];
  heapBefore: HeapReading;
  heapPeak: HeapReading;
  heapSamples: number;
  progressShown: boolean;
  /** Why the action did not finish (a refusal, an error shown, a timeout); the figures are then partial. */
  error?: string;
}

/** Marks the end of a phase of the action, named for what the curator sees at that point. */
export type Mark = (phase: string) => void;

/**
 * Runs `action` on `page` (an editor page opened with the bulk probe installed) and measures it:
 * its time and phases, the page's long tasks and whether a progress bar was shown (the probe),
 * and its heap sampled every ~100 ms over the DevTools protocol. An action that fails is
 * recorded with its error, so one size's failure does not cost the other figures. `name` names
 * its CPU profile, when one is recorded.
 */
export async function measureAction(page: Page, name: string, action: (mark: Mark) => Promise<void>): Promise<ActionRun> {
  await page.bringToFront();
  const cdp = await page.context().newCDPSession(page);
  try {
    // The extension's pages share one renderer and so one heap: what the section opened before
    // left behind is collected first, so that "before" holds only what is alive.
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBefore = await readHeap(cdp);
    const trace = await traceTasks(cdp);
    await page.evaluate(() => window.__bulkProbe?.start() ?? Promise.reject(new Error('The bulk probe is not installed')));
    if (PROFILE) await startProfile(cdp);
    const heap = sampleHeap(cdp);
    const start = performance.now();
    const phases: Record<string, number> = {};
    let last = start;
    let error: string | undefined;
    try {
      await action((phase) => {
        const now = performance.now();
        phases[phase] = now - last;
        last = now;
      });
    } catch (failure) {
      error = failure instanceof Error ? failure.message.split('\n')[0] : String(failure);
    }
    const ms = performance.now() - start;
    const { peak, samples } = await heap.stop();
    const probe = await page.evaluate(() => window.__bulkProbe!.stop());
    if (PROFILE) await saveProfile(cdp, name);
    const busiest = busiestTask(await trace.stop(), probe.to, probe.changes);
    return {
      ms,
      phases,
      longestTaskMs: Math.max(0, ...probe.longTasks, ...probe.handovers.map((handover) => handover.handlerMs)),
      longTasks: probe.longTasks.length + probe.handovers.length,
      handoverTaskMs: Math.max(0, ...probe.handovers.map((handover) => handover.ms)),
      longestTaskCpuMs: busiest?.cpuMs ?? 0,
      longestTaskCpuWallMs: busiest?.wallMs ?? 0,
      slowFrames: probe.slowFrames.sort((a, b) => b.ms - a.ms).slice(0, 5),
      heapBefore,
      heapPeak: peak,
      heapSamples: samples,
      progressShown: probe.progressShown,
      ...(error === undefined ? {} : { error }),
    };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * The task, up to `to`, in which the main thread had the most CPU time, but for those in which a
 * file input's `change` fired (the browser building the picked files, set apart as in the probe).
 */
export function busiestTask(tasks: readonly TracedTask[], to: number, changes: readonly number[]): TracedTask | undefined {
  const handover = (task: TracedTask) => changes.some((at) => at >= task.start && at <= task.start + task.wallMs);
  let busiest: TracedTask | undefined;
  for (const task of tasks) if (task.start <= to && !handover(task) && task.cpuMs > (busiest?.cpuMs ?? -1)) busiest = task;
  return busiest;
}
