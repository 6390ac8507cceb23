/**
 * The budgets of issues 7 and 14, in one place for the benchmark and the byte-budget test.
 * KB here is 1,024 bytes; the benchmark prints the exact byte count beside it.
 */
export const BUDGETS = {
  /** All JS and CSS the popup loads before it is usable, gzip-compressed. */
  popupFirstLoad: { bytes: 14 * 1024, text: '≤ 14 KB' },
  /**
   * Popup ready − the least possible popup (bench/least/popup: one script that asks for the tab
   * and fills two fields), medians of 30 interleaved opens: at most one frame (issue 14).
   */
  popupOverLeastMs: 17,
  /** Editor ready, 50-item draft and the whole archive imported ÷ blank page. */
  editorReadyRatio: 3,
  /** "Already featured" lookup with 100,000 archived links ÷ with 1,000. */
  featuredRatio: 2,
  /** A daily action (popup, Add, editor, #archive, #search, #stats) at 13,300 issues ÷ at 133 (issue 14). */
  ladderGrowth: 1.5,
  /** The editor's JS heap after visiting every section, at 13,300 issues ÷ at 133. */
  editorHeapGrowth: 2,
  /** The popup's JS heap − a blank extension page's, after garbage collection. */
  popupHeapOverBlank: { bytes: 1024 * 1024, text: '≤ 1 MB' },
} as const;
