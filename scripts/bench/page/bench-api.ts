/** One archive file as the import reads it. */
export interface ArchiveFile {
  name: string;
  text: string;
}

/** A link to add to the draft, as the popup adds it. */
export interface DraftLink {
  title: string;
  url: string;
  commentary: string;
}

/**
 * What the benchmark's page inside the extension offers to the Node side (`window.bench`).
 * It runs the extension's own storage and format code against the extension's IndexedDB.
 */
export interface BenchApi {
  /** Imports files into the curator's database, as the import section does on confirm. */
  importArchive(files: ArchiveFile[]): Promise<{ issues: number; items: number }>;
  /** Adds links to the draft of the curator's database, one `addItem` each, as the popup does. */
  addToDraft(links: DraftLink[]): Promise<number>;
  /** Fills database `name` with `count` archived links (10 per issue), each URL unique: `linkUrl(i)`. */
  seedLinks(name: string, count: number): Promise<void>;
  /** Times `findFeatured` over `urls` in database `name`, one after another: mean milliseconds per lookup. */
  timeLookups(name: string, urls: string[]): Promise<{ meanMs: number; found: number }>;
  deleteDatabase(name: string): Promise<void>;
}

/** The URL of the i-th seeded link. */
export function linkUrl(i: number): string {
  return `https://links.example/${i % 97}/article-${i}`;
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}
