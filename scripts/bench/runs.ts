/** How many times each thing is measured; the issue asks for medians of 20 page opens. */
export const RUNS = {
  pageOpens: 20,
  pageWarmup: 3,
  /** Pause after each page is ready, so its after-work (storage, capture) does not spill into the next open. */
  settleMs: 100,
  lookupRounds: 15,
  lookupsPerRound: 200,
};

/** The capture's timing (issue 17, capture-figures.ts): clips per heavy page, interleaved. */
export const CAPTURE_RUNS = {
  rounds: 10,
  warmup: 1,
};

/** Progress goes to stderr; the table to stdout. */
export const log = (message: string) => process.stderr.write(`${message}\n`);
export const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** The ladder of issue 14 (scripts/bench/ladder*.ts): 133, 1,330 and 13,300 issues side by side. */
export const LADDER_RUNS = {
  /** Popup, least popup, "already featured": interleaved opens per size (issue 14: medians of 30). */
  popupOpens: 30,
  popupWarmup: 3,
  /**
   * Pairs of the popup and the least possible popup opened with the browser traced, per size: the
   * main thread's CPU time to the ready frame, which the machine's load does not stretch.
   */
  popupCpuPairs: 15,
  /** Adds from the popup per size. */
  adds: 10,
  addWarmup: 1,
  /** Time after the popup has its page's metadata before Add is clicked, so Add is timed alone. */
  addSettleMs: 300,
  /** Section renames in Settings per size, back and forth between two names. */
  renames: 10,
  /** Reads of this browser's side of a sync per size. */
  syncReads: 5,
  /** Rounds of the editor and its archive views; a rung that has spent `viewSecondsPerRung` stops after `viewMinRounds`. */
  viewRounds: 7,
  viewMinRounds: 3,
  viewSecondsPerRung: 300,
  /**
   * Editor ready ÷ blank page (issue 7): the editor and the blank page opened one after the other
   * this many times per round at the smallest size. The blank page's time swings most with the
   * machine's load (47–260 ms in one run), so a median of the rounds' 7 opens moved the ratio by
   * ±0.5×; each is opened 21 times instead.
   */
  ratioPairs: 3,
  /** How long one view may take before the run counts as failed (today's 13,300-issue #search takes ~25 s). */
  viewTimeoutMs: 300_000,
  /** Heap: time for a page's late work (idle callbacks, lazy parts) before garbage is collected and the heap read. */
  heapSettleMs: 2500,
  /** Popup and blank page heaps, alternating. */
  heapOpens: 3,
};
