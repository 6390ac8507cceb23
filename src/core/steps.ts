/**
 * Long pure work (a restore's plan over 100,000 records) written as a generator that yields
 * between slices, so that a caller in a page can give the page its turn there, and any other
 * caller can run it straight through. The work is the same either way.
 */
export type Steps<T> = Generator<void, T, void>;

/** Records handled between two yields: a few milliseconds of work each. */
export const STEP_RECORDS = 2_000;

/** Runs `steps` to the end at once: for callers with no page to keep responsive. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs `steps`, awaiting `pause` at each yield (the page's turn, or a request that keeps a transaction alive). */
export async function paceSteps<T>(steps: Steps<T>, pause: () => Promise<unknown>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await pause();
  }
}

/** Counts records handled; true every `every` of them: the moment to yield. */
export function stepCounter(every = STEP_RECORDS): () => boolean {
  let count = 0;
  return () => ++count % every === 0;
}
