import type { UnexportedIssue } from '../../../src/core/archive-files';
import type { Issue } from '../../../src/core/issue';
import type { ArchiveCounts, ArchivedIssueRecords, ArchivePage, ArchiveSummary, PageAt, PublishedEdit } from '../../../src/storage';
import { t } from '../../../src/text/t';
import { errorText } from '../../../src/ui/error-text';
import { createStore } from '../../../src/ui/store';
import type { BulkRun } from '../../shared/BulkProgress';
import { createArchivePages } from './archive-pages';
import { createArchivedIssue } from './archived-issue';
import { downloadFeed, type FeedDownloadDeps } from './download-feed';
import { downloadZip, type ZipDownloadDeps } from './download-zip';

export { archiveTotals, pageRange } from './archive-page-text';
export { PAGE_SIZE } from './archive-pages';
export { FEED_NAME } from './download-feed';
export { ZIP_NAME } from './download-zip';

/** What the archive view needs from storage and the browser; UI tests pass an in-memory database. */
interface ArchiveListDeps {
  archivePage(at: PageAt, size: number): Promise<ArchivePage>;
  countArchive(): Promise<ArchiveCounts>;
  archiveEnds(): Promise<{ oldest: ArchiveSummary; newest: ArchiveSummary } | null>;
  yearStart(year: number): Promise<number | null>;
  archiveNeighbours(number: number): Promise<{ older?: number; newer?: number }>;
  getIssue(number: number): Promise<ArchivedIssueRecords | null>;
  /** Writes a correction to a published issue (reopened to fix a typo); false when it is no longer published. */
  editPublishedIssue(issueId: string, edit: PublishedEdit): Promise<boolean>;
}

/** The archived issue shown read-only: its number, its content once loaded (null if not found), and the issues beside it. */
export interface OpenIssue {
  number: number;
  issue: Issue | null;
  /** Its stored records (ids, when it was last edited); null while loading or when not found. */
  records?: ArchivedIssueRecords | null;
  loading: boolean;
  older?: number;
  newer?: number;
}

/** A published issue's words as the curator corrects them, its items by id. */
export interface IssueEdit {
  headline: string;
  intro: string;
  items: { id: string; title: string; url: string; commentary: string }[];
}

/** The fields of an item that a correction may change. */
export type EditableItemField = 'title' | 'url' | 'commentary';

/** What the archive view needs from storage and the browser; UI tests pass an in-memory database. */
export type ArchiveDeps = ArchiveListDeps & ZipDownloadDeps & FeedDownloadDeps;

export interface ArchiveState {
  /** The page of the list shown, newest first; null until its first read. */
  page: ArchivePage | null;
  /** Where that page starts, so coming back from an issue, or a change elsewhere, shows the same page. */
  at: PageAt;
  /** Issues and items in the whole archive; read after the first page is shown. */
  totals: ArchiveCounts | null;
  /** The years the archive spans, newest first, for jumping to one; read after the first page. */
  years: number[];
  open: OpenIssue | null;
  /** The open issue reopened to fix a typo: its words as being edited, until saved or cancelled. */
  editing: IssueEdit | null;
  /** Whether an open issue's intro and blurbs show as markdown rather than as readers see them; kept from issue to issue. */
  showMarkdown: boolean;
  zipping: boolean;
  /** The export template the zip writes in, by name; null for Kubelist's own (or until the settings are read). */
  zipTemplate: string | null;
  /** While the feed is being written. */
  feeding: boolean;
  /** Issues the last zip had to leave out, and why. */
  unexported: UnexportedIssue[];
  status: string;
  error: string;
}

export type ArchiveStore = ReturnType<typeof createArchiveStore>;

export function createArchiveStore(deps: ArchiveDeps) {
  const store = createStore<ArchiveState>({
    page: null,
    at: { end: 'newest' },
    totals: null,
    years: [],
    open: null,
    editing: null,
    showMarkdown: false,
    zipping: false,
    zipTemplate: null,
    feeding: false,
    unexported: [],
    status: '',
    error: '',
  });
  /** Apart from the view's state, so a progress step repaints the bar, not the archive list. */
  const zipProgress = createStore<{ progress: BulkRun | null }>({ progress: null });
  const fail = (what: string) => (error: unknown) => store.set({ error: t('withError', what, errorText(error)) });

  return {
    store,
    ...createArchivePages(deps, store, fail),
    ...createArchivedIssue(deps, store, fail),
    showMarkdown: (on: boolean) => store.set({ showMarkdown: on }),
    zipProgress,
    downloadZip: () => downloadZip(deps, store, zipProgress),
    downloadFeed: () => downloadFeed(deps, store),
    announce: (status: string) => store.set({ status }),
  };
}
