import type { BrowserContext, CDPSession } from 'playwright-core';
import { timeOpen } from './page-opens';
import { PAGE_START_MARK, traceTasks } from './task-trace';

/** One page opened with the browser traced. */
export interface TracedOpen {
  /** Navigation start to the ready frame, as `timeOpen` gives it. */
  ms: number;
  /**
   * The CPU time the page's main thread had from navigation start to that frame: the page's own
   * work (parsing, running its scripts, style, layout, paint), without the moments other
   * processes had the CPU, which the machine's load puts into `ms`.
   */
  cpuMs: number;
}

/** Opens `url` as `timeOpen` does, with the browser traced over `cdp` (a session of any page of the context). */
export async function timeOpenTraced(context: BrowserContext, cdp: CDPSession, url: string, settleMs: number): Promise<TracedOpen> {
  const trace = await traceTasks(cdp, { mark: PAGE_START_MARK, from: 0 });
  let ms: number;
  try {
    ms = await timeOpen(context, url, settleMs);
  } catch (error) {
    await trace.stop();
    throw error;
  }
  // The task in which the ready frame was drawn starts before it and counts whole.
  const cpuMs = (await trace.stop()).filter((task) => task.start < ms).reduce((sum, task) => sum + task.cpuMs, 0);
  return { ms, cpuMs };
}
