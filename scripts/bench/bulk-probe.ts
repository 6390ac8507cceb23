/** What the page saw during one bulk action, from `window.__bulkProbe.stop()`. */
export interface ProbeReport {
  /** Milliseconds, from the page's clock, when the action started and when it was stopped. */
  from: number;
  to: number;
  /** Every long task (over 50 ms) that started in that time, in ms. */
  longTasks: number[];
  /** Whether any animation frame in that time showed a `<progress>` or a `role="progressbar"`. */
  progressShown: boolean;
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
      from = performance.now();
      watching = true;
      progressShown = false;
      requestAnimationFrame(frame);
      return from;
    },
    stop() {
      watching = false;
      for (const entry of observer.takeRecords()) tasks.push({ start: entry.startTime, duration: entry.duration });
      const to = performance.now();
      const longTasks = tasks.filter((task) => task.start >= from && task.start <= to).map((task) => task.duration);
      return { from, to, longTasks, progressShown };
    },
  };
}
