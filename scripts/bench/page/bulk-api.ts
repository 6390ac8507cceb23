import type { ArchiveFile } from './bench-api';

/** What the curator's database holds: published issues and every stored item. */
export interface StoredCounts {
  issues: number;
  items: number;
}

/**
 * What the bench page offers the bulk-action figures (`window.benchBulk`), beside `window.bench`:
 * a fast way to fill the curator's database, and its counts to check what an action wrote.
 */
export interface BulkBenchApi {
  /** Parses `files` and writes them with the extension's `importIssues`, a chunk per transaction. */
  seedArchive(files: ArchiveFile[]): Promise<StoredCounts>;
  counts(): Promise<StoredCounts>;
}

declare global {
  interface Window {
    benchBulk: BulkBenchApi;
  }
}
