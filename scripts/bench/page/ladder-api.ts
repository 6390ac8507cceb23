import type { Issue } from '../../../src/core/issue';

/**
 * What the bench page offers the ladder (`window.ladder`), beside `window.bench`: the fast path
 * that seeds a profile with thousands of issues, and the draft kept at its size between Adds.
 */
export interface LadderApi {
  /** Writes parsed issues into the curator's database with the extension's own `importIssues`, in one transaction. */
  seedIssues(issues: Issue[]): Promise<{ issues: number; items: number }>;
  /** Issues and items stored in the curator's database (the draft included). */
  countRecords(): Promise<{ issues: number; items: number }>;
  /** Saves links for later, as the popup's Save for later does, one record each: the pool the editor shows beside the draft. */
  seedPool(links: { title: string; url: string; commentary: string }[]): Promise<number>;
  /** Links in the pool of collected links. */
  countPool(): Promise<number>;
  /** Deletes the draft's items after the first `keep` (by position); returns how many it deleted. */
  trimDraft(keep: number): Promise<number>;
  /**
   * Puts the draft's first item in section `name` (the only section), or takes the sections away
   * and the item out again when `name` is null.
   */
  setUpSection(name: string | null): Promise<void>;
  /** Renames the one section as Settings does (its items with it); the ms the save took, timed in the page. */
  renameSection(from: string, to: string): Promise<number>;
  /**
   * Makes every published issue's file remembered as if a sync had just pushed it (a blob id per
   * file), so the next sync's read can take each as a stand-in. Returns how many files.
   */
  rememberAsSynced(): Promise<number>;
  /** Times this browser's side of a sync with nothing changed since the last (`readSyncSide`), in the page: ms, and the files it holds. */
  readForSync(): Promise<{ ms: number; files: number; standIns: number }>;
}

declare global {
  interface Window {
    ladder: LadderApi;
  }
}
