/** A hidden page gets no animation frames; past this the wait ends anyway. */
const NO_FRAME_MS = 100;

/**
 * Resolves once the browser has painted what the page shows now: in a task after the next
 * animation frame (the frame's paint follows its callbacks). Work started after it never delays
 * that frame. Preact's `useEffect` waits the same way.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      setTimeout(resolve);
    };
    const timer = setTimeout(done, NO_FRAME_MS);
    const frame = requestAnimationFrame(done);
  });
}
