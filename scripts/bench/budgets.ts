/**
 * The budgets of issue 7, in one place for the benchmark and the byte-budget test.
 * KB here is 1,024 bytes; the benchmark prints the exact byte count beside it.
 */
export const BUDGETS = {
  /** All JS and CSS the popup loads before it is usable, gzip-compressed. */
  popupFirstLoad: { bytes: 14 * 1024, text: '≤ 14 KB' },
  /** Popup ready ÷ a blank extension page opened the same way (medians of 20 opens). */
  popupReadyRatio: 1.5,
  /** Editor ready, 50-item draft and the whole archive imported ÷ blank page. */
  editorReadyRatio: 3,
  /** "Already featured" lookup with 100,000 archived links ÷ with 1,000. */
  featuredRatio: 2,
  /**
   * Import or export time per issue at 1,330 issues ÷ at 133. Linear growth keeps it near 1;
   * quadratic growth would make it about 10. The margin covers noise and the fixed costs.
   */
  linearGrowth: 1.5,
} as const;
