import { yieldToPage } from '../../../src/ui/yield-to-page';

/** How long work runs before it gives the page its turn: well under the 50 ms of a long task. */
const SLICE_MS = 30;

/** The clock and the yield a pacer uses; tests pass fakes. */
export interface PacerClock {
  now(): number;
  /** Returns to the event loop, so input and painting get their turn. */
  yield(): Promise<void>;
}

export const BROWSER_CLOCK: PacerClock = { now: () => performance.now(), yield: yieldToPage };

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
