import type { CDPSession } from 'playwright-core';

/** The mark the bulk probe sets when an action starts: it ties the trace's clock to the page's. */
export const START_MARK = 'bulk-probe-start';
/** The mark the ready probe sets in every page as it starts (ready-probe.ts). */
export const PAGE_START_MARK = 'bench-page-start';

/** One task of the page's main thread, from a trace of the browser. */
export interface TracedTask {
  /** When it started, in the page's clock (`performance.now()`). */
  start: number;
  /** How long it held the thread (what a long task is), in ms. */
  wallMs: number;
  /**
   * The CPU time the thread had in it, in ms. On a quiet machine about its wall time; on a busy
   * one the wall time also holds the moments other processes had the CPU, so this is the part the
   * page's own work asked for.
   */
  cpuMs: number;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { startTime?: number } };
}

/** What the scheduler of every Chromium thread records around each task it runs. */
const TASK = 'ThreadControllerImpl::RunTask';

/** Which page's tasks a trace gives: the one that set `mark`, from `from` ms of its clock (the mark's own time when not given). */
export interface TraceWhat {
  mark: string;
  from?: number;
}

/**
 * Traces the browser (the `toplevel` category: one event per task of every thread, with its wall
 * and thread time; and the page's own marks) until `stop()`, which gives the tasks of the main
 * thread of the page that set the mark (by default `START_MARK`, from that mark on). Light enough
 * to stay on in every run: a few hundred events a second, filtered as they arrive.
 */
export async function traceTasks(cdp: CDPSession, what: TraceWhat = { mark: START_MARK }): Promise<{ stop(): Promise<TracedTask[]> }> {
  const events: TraceEvent[] = [];
  // The protocol's types give trace events as string maps; they are Chromium's trace event format.
  const collect = ({ value }: { value: unknown[] }) => {
    for (const event of value as TraceEvent[]) if ((event.name === TASK && event.ph === 'X') || event.name === what.mark) events.push(event);
  };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      return pageTasks(events, what);
    },
  };
}

/** The tasks of the marked page's main thread that end after `from` (or its mark), in the page's clock. */
export function pageTasks(events: readonly TraceEvent[], what: TraceWhat = { mark: START_MARK }): TracedTask[] {
  const mark = events.findLast((event) => event.name === what.mark);
  const pageStart = mark?.args?.data?.startTime;
  if (!mark || pageStart === undefined) return [];
  // Trace time is in µs; the mark was set at `pageStart` in the page's ms.
  const offset = mark.ts / 1000 - pageStart;
  const from = ((what.from ?? pageStart) + offset) * 1000;
  return events
    .filter((event) => event.name === TASK && event.pid === mark.pid && event.tid === mark.tid && event.ts + (event.dur ?? 0) >= from)
    .map((event) => ({ start: event.ts / 1000 - offset, wallMs: (event.dur ?? 0) / 1000, cpuMs: (event.tdur ?? 0) / 1000 }));
}
