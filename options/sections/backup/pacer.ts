/** How long work runs before it gives the page its turn: well under the 50 ms of a long task. */
const SLICE_MS = 30;

/** The clock and the yield a pacer uses; tests pass fakes. */
export interface PacerClock {
  now(): number;
  /** Returns to the event loop, so input and painting get their turn. */
  yield(): Promise<void>;
}

/** `scheduler.yield()` where the browser has it (the work resumes ahead of other tasks), else a task of its own. */
const browserYield = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
};

export const BROWSER_CLOCK: PacerClock = { now: () => performance.now(), yield: browserYield };

/** Lets long work keep the page responsive: `pause()` between chunks yields once a slice's time has run out. */
export function createPacer(clock: PacerClock = BROWSER_CLOCK) {
  let sliceStart = clock.now();
  return {
    async pause(): Promise<void> {
      if (clock.now() - sliceStart < SLICE_MS) return;
      await clock.yield();
      sliceStart = clock.now();
    },
  };
}

export type Pacer = ReturnType<typeof createPacer>;
