import type { UnexportedIssue } from '../../../src/core/archive-files';
import type { Issue } from '../../../src/core/issue';
import type { ArchivedIssueRecords, ArchiveSummary } from '../../../src/storage';
import { draftToIssue } from '../../../src/storage';
import { t, tn } from '../../../src/text/t';
import { errorText } from '../../../src/ui/error-text';
import { createStore } from '../../../src/ui/store';
import type { BulkRun } from '../../shared/BulkProgress';
import { downloadZip, type ZipDownloadDeps } from './download-zip';

export { ZIP_NAME } from './download-zip';

/** The list and the issue opened read-only. */
interface ArchiveListDeps {
  listArchive(): Promise<ArchiveSummary[]>;
  getIssue(number: number): Promise<ArchivedIssueRecords | null>;
}

/** What the archive view needs from storage and the browser; UI tests pass an in-memory database. */
export type ArchiveDeps = ArchiveListDeps & ZipDownloadDeps;

export interface ArchiveState {
  /** Newest first; null until loaded. */
  summaries: ArchiveSummary[] | null;
  /** The issue opened read-only: its number, and its content once loaded (null if not found). */
  open: { number: number; issue: Issue | null; loading: boolean } | null;
  /** Whether an open issue's intro and blurbs show as markdown rather than as readers see them; kept from issue to issue. */
  showMarkdown: boolean;
  zipping: boolean;
  /** Issues the last zip had to leave out, and why. */
  unexported: UnexportedIssue[];
  status: string;
  error: string;
}

export type ArchiveStore = ReturnType<typeof createArchiveStore>;

/** "133 issues, 886 items": the archive at a glance. */
export function archiveTotals(summaries: readonly ArchiveSummary[]): string {
  const items = summaries.reduce((sum, issue) => sum + issue.itemCount, 0);
  return t('archiveTotals', tn('issueCount', summaries.length), tn('itemCount', items));
}

export function createArchiveStore(deps: ArchiveDeps) {
  const store = createStore<ArchiveState>({
    summaries: null,
    open: null,
    showMarkdown: false,
    zipping: false,
    unexported: [],
    status: '',
    error: '',
  });
  /** Apart from the view's state, so a progress step repaints the bar, not the archive list. */
  const zipProgress = createStore<{ progress: BulkRun | null }>({ progress: null });
  const fail = (what: string) => (error: unknown) => store.set({ error: t('withError', what, errorText(error)) });

  async function load() {
    try {
      store.set({ summaries: await deps.listArchive(), error: '' });
    } catch (error) {
      fail(t('cantOpenArchive'))(error);
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
      fail(t('cantOpenIssue', number))(error);
    }
  }

  return {
    store,
    load,
    open,
    close: () => store.set({ open: null }),
    showMarkdown: (on: boolean) => store.set({ showMarkdown: on }),
    zipProgress,
    downloadZip: () => downloadZip(deps, store, zipProgress),
    announce: (status: string) => store.set({ status }),
  };
}
