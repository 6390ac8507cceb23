import type { UnexportedIssue } from '../src/core/archive-files';
import type { Issue } from '../src/core/issue';
import type { ArchiveSummary, ArchivedIssueRecords } from '../src/storage';
import { draftToIssue } from '../src/storage';
import { createStore } from '../src/ui/store';
import { zipArchive } from './zip-archive';

/** What the archive view needs from storage and the browser; UI tests pass an in-memory database. */
export interface ArchiveDeps {
  listArchive(): Promise<ArchiveSummary[]>;
  getIssue(number: number): Promise<ArchivedIssueRecords | null>;
  loadArchiveIssues(): Promise<Issue[]>;
  download(fileName: string, blob: Blob): void;
}

export interface ArchiveState {
  /** Newest first; null until loaded. */
  summaries: ArchiveSummary[] | null;
  /** The issue opened read-only: its number, and its content once loaded (null if not found). */
  open: { number: number; issue: Issue | null; loading: boolean } | null;
  zipping: boolean;
  /** Issues the last zip had to leave out, and why. */
  unexported: UnexportedIssue[];
  status: string;
  error: string;
}

export const ZIP_NAME = 'kubelist-archive.zip';

export type ArchiveStore = ReturnType<typeof createArchiveStore>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "133 issues, 886 items": the archive at a glance. */
export function archiveTotals(summaries: readonly ArchiveSummary[]): string {
  const items = summaries.reduce((sum, issue) => sum + issue.itemCount, 0);
  return `${plural(summaries.length, 'issue')}, ${plural(items, 'item')}`;
}

export function createArchiveStore(deps: ArchiveDeps) {
  const store = createStore<ArchiveState>({ summaries: null, open: null, zipping: false, unexported: [], status: '', error: '' });
  const fail = (what: string) => (error: unknown) => store.set({ error: `${what}: ${error instanceof Error ? error.message : String(error)}` });

  async function load() {
    try {
      store.set({ summaries: await deps.listArchive(), error: '' });
    } catch (error) {
      fail("Couldn't open the archive")(error);
    }
  }

  /** Shows issue `number` read-only; a later call wins over one still loading. */
  async function open(number: number) {
    store.set({ open: { number, issue: null, loading: true } });
    try {
      const found = await deps.getIssue(number);
      if (store.get().open?.number !== number) return;
      store.set({ open: { number, issue: found ? draftToIssue(found) : null, loading: false } });
    } catch (error) {
      fail(`Couldn't open issue #${number}`)(error);
    }
  }

  async function downloadZip() {
    store.set({ zipping: true, status: 'Preparing the zip…', error: '' });
    try {
      const zip = await zipArchive(await deps.loadArchiveIssues());
      deps.download(ZIP_NAME, new Blob([zip.bytes], { type: 'application/zip' }));
      const left = zip.unexported.length;
      store.set({
        unexported: zip.unexported,
        status: `Downloaded ${ZIP_NAME} with ${plural(zip.fileCount, 'issue')}.${left > 0 ? ` ${plural(left, 'issue')} could not be exported and ${left === 1 ? 'is' : 'are'} not in it (see below).` : ''}`,
      });
    } catch (error) {
      store.set({ status: '' });
      fail("Couldn't make the zip")(error);
    } finally {
      store.set({ zipping: false });
    }
  }

  return {
    store,
    load,
    open,
    close: () => store.set({ open: null }),
    downloadZip,
    announce: (status: string) => store.set({ status }),
  };
}
