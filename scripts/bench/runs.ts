/** How many times each thing is measured; the issue asks for medians of 20 page opens. */
export const RUNS = {
  pageOpens: 20,
  pageWarmup: 3,
  /** Pause after each page is ready, so its after-work (storage, capture) does not spill into the next open. */
  settleMs: 100,
  lookupRounds: 15,
  lookupsPerRound: 200,
  /** Runs of each archive size (see importExportGrowth). */
  importExport: 5,
};

/** Progress goes to stderr; the table to stdout. */
export const log = (message: string) => process.stderr.write(`${message}\n`);
export const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
