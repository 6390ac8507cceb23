import type { Page } from 'playwright-core';
import { type HeapReading, readHeap, sampleHeap } from './heap-sampler';

/** One bulk action, measured once. */
export interface ActionRun {
  /** From the curator's first step (click, files chosen) to the last result (file, status). */
  ms: number;
  /** The same time cut at the points the curator sees (e.g. preview shown, then written). */
  phases: Record<string, number>;
  /** The longest task on the page's main thread in that time, and how many were over 50 ms. */
  longestTaskMs: number;
  longTasks: number;
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
 * recorded with its error, so one size's failure does not cost the other figures.
 */
export async function measureAction(page: Page, action: (mark: Mark) => Promise<void>): Promise<ActionRun> {
  await page.bringToFront();
  const cdp = await page.context().newCDPSession(page);
  try {
    // The extension's pages share one renderer and so one heap: what the section opened before
    // left behind is collected first, so that "before" holds only what is alive.
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBefore = await readHeap(cdp);
    await page.evaluate(() => window.__bulkProbe?.start() ?? Promise.reject(new Error('The bulk probe is not installed')));
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
    return {
      ms,
      phases,
      longestTaskMs: Math.max(0, ...probe.longTasks),
      longTasks: probe.longTasks.length,
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
