/** What the page saw during one bulk action, from `window.__bulkProbe.stop()`. */
export interface ProbeReport {
  /** Milliseconds, from the page's clock, when the action started and when it was stopped. */
  from: number;
  to: number;
  /** Every long task (over 50 ms) that started in that time, in ms, but those of `handovers`. */
  longTasks: number[];
  /**
   * The long tasks in which a file input's `change` event fired: the browser handing the picked
   * files to the page (it builds a File for each, ~0.5 ms a file, in one task whatever the page
   * does), with, inside, how long the page's own `change` handlers ran.
   */
  handovers: { ms: number; handlerMs: number }[];
  /** When a file input's `change` event fired, in ms: the traced task holding one is a handover. */
  changes: number[];
  /** Whether any animation frame in that time showed a `<progress>` or a `role="progressbar"`. */
  progressShown: boolean;
  /**
   * Frames held over 150 ms in that time (Long Animation Frames), with the scripts that ran in
   * them, so a long task names its cause in the results' details without a profiler.
   */
  slowFrames: SlowFrame[];
}

/** A long animation frame: its time, and each script in it by what invoked it and where it is. */
export interface SlowFrame {
  ms: number;
  blockingMs: number;
  scripts: { ms: number; invoker: string; source: string }[];
}

declare global {
  interface Window {
    __bulkProbe?: { start(): number; stop(): ProbeReport };
  }
}

/**
 * Installed in the editor before its own scripts (an init script: only its source text reaches
 * the page, so it is self-contained). It keeps every long task of the page's main thread from
 * the start (`buffered`), and between `start()` and `stop()` checks at each animation frame
 * whether a progress bar is on screen: a bar that is added and removed between two frames was
 * never seen, and frames do not come while a long task holds the thread.
 */
export function bulkProbe(): void {
  const tasks: { start: number; duration: number }[] = [];
  type Frame = SlowFrame & { start: number };
  const frames: Frame[] = [];
  type Script = { duration: number; invoker: string; sourceFunctionName: string; sourceURL: string; sourceCharPosition: number };
  const frameObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { blockingDuration: number; scripts: Script[] })[]) {
      if (entry.duration < 150) continue;
      const scripts = entry.scripts
        .filter((script) => script.duration >= 5)
        .map((script) => ({
          ms: Math.round(script.duration),
          invoker: script.invoker,
          source: `${script.sourceFunctionName} ${script.sourceURL.split('/').pop()}:${script.sourceCharPosition}`,
        }));
      frames.push({ start: entry.startTime, ms: Math.round(entry.duration), blockingMs: Math.round(entry.blockingDuration), scripts });
    }
  });
  try {
    frameObserver.observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // A browser without Long Animation Frames: no causes named.
  }
  /** When a file input's `change` event reached the window (capture) and left it (bubble). */
  const changes: { from: number; to: number }[] = [];
  const isFileInput = (target: EventTarget | null) => target instanceof HTMLInputElement && target.type === 'file';
  addEventListener('change', (event) => isFileInput(event.target) && changes.push({ from: performance.now(), to: performance.now() }), true);
  addEventListener('change', (event) => {
    const last = changes.at(-1);
    if (isFileInput(event.target) && last) last.to = performance.now();
  });
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  });
  try {
    observer.observe({ type: 'longtask', buffered: true });
  } catch {
    // A browser without long-task timing: the figure then says no long task was seen.
  }
  let from = 0;
  let watching = false;
  let progressShown = false;
  const bars = () => [...document.querySelectorAll('progress, [role="progressbar"]')];
  const frame = () => {
    if (!watching) return;
    if (bars().some((bar) => bar.getClientRects().length > 0 && getComputedStyle(bar).visibility !== 'hidden')) progressShown = true;
    requestAnimationFrame(frame);
  };
  window.__bulkProbe = {
    start() {
      // Ties a trace of the browser to this page's main thread and clock (task-trace.ts).
      from = performance.mark('bulk-probe-start').startTime;
      watching = true;
      progressShown = false;
      requestAnimationFrame(frame);
      return from;
    },
    stop() {
      watching = false;
      for (const entry of observer.takeRecords()) tasks.push({ start: entry.startTime, duration: entry.duration });
      const to = performance.now();
      const longTasks: number[] = [];
      const handovers: { ms: number; handlerMs: number }[] = [];
      for (const task of tasks.filter((task) => task.start >= from && task.start <= to)) {
        const change = changes.find((c) => c.from >= task.start && c.from <= task.start + task.duration);
        if (change) handovers.push({ ms: task.duration, handlerMs: change.to - change.from });
        else longTasks.push(task.duration);
      }
      const slowFrames = frames.filter((frame) => frame.start >= from && frame.start <= to).map(({ start: _, ...frame }) => frame);
      const changeTimes = changes.map((change) => change.from).filter((at) => at >= from && at <= to);
      return { from, to, longTasks, handovers, changes: changeTimes, progressShown, slowFrames };
    },
  };
}
