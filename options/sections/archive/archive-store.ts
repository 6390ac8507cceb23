import type { UnexportedIssue } from '../../../src/core/archive-files';
import type { Issue } from '../../../src/core/issue';
import type { ArchiveCounts, ArchivedIssueRecords, ArchivePage, ArchiveSummary, PageAt, PublishedEdit } from '../../../src/storage';
import { draftToIssue } from '../../../src/storage';
import { t, tn } from '../../../src/text/t';
import { errorText } from '../../../src/ui/error-text';
import { createStore } from '../../../src/ui/store';
import type { BulkRun } from '../../shared/BulkProgress';
import { downloadFeed, type FeedDownloadDeps } from './download-feed';
import { downloadZip, type ZipDownloadDeps } from './download-zip';
import { zipTemplateName } from './zip-format';

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

/** What changed between the stored records and the edit: only those fields are written. */
function changesOf({ issue, items }: ArchivedIssueRecords, edit: IssueEdit): PublishedEdit {
  const stored = new Map(items.map((item) => [item.id, item]));
  return {
    issue: {
      ...(edit.headline !== issue.headline ? { headline: edit.headline } : {}),
      ...(edit.intro !== issue.intro ? { intro: edit.intro } : {}),
    },
    items: edit.items.flatMap((item) => {
      const before = stored.get(item.id);
      if (!before) return [];
      const changed = (['title', 'url', 'commentary'] as const).filter((field) => item[field] !== before[field]);
      return changed.length === 0 ? [] : [{ id: item.id, ...Object.fromEntries(changed.map((field) => [field, item[field]])) }];
    }),
  };
}

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

/** Rows in a page of the list: a few screens, what one read and one render hold whatever the archive's size. */
export const PAGE_SIZE = 100;

export type ArchiveStore = ReturnType<typeof createArchiveStore>;

/** "133 issues, 886 items": the archive at a glance. */
export function archiveTotals({ issues, items }: ArchiveCounts): string {
  return t('archiveTotals', tn('issueCount', issues), tn('itemCount', items));
}

/** "Issues 101–200 of 13300": where the page is in the list (newest first), for the pager and screen readers. */
export function pageRange(page: ArchivePage, totals: ArchiveCounts | null): string {
  const from = page.offset + 1;
  const to = page.offset + page.rows.length;
  return totals ? t('archivePageRange', from, to, totals.issues) : t('archivePageRangeUncounted', from, to);
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** Every year from the newest issue's back to the oldest's; none when a date is unreadable. */
function yearsBetween(ends: { oldest: ArchiveSummary; newest: ArchiveSummary } | null): number[] {
  if (!ends) return [];
  const [newest, oldest] = [yearOf(ends.newest.date), yearOf(ends.oldest.date)];
  if (!Number.isInteger(newest) || !Number.isInteger(oldest) || newest < oldest) return [];
  return Array.from({ length: newest - oldest + 1 }, (_, i) => newest - i);
}

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
  let reads = 0;

  /** Reads the page at `at` and shows it; a later call wins over one still reading. */
  async function showPage(at: PageAt): Promise<ArchivePage | null> {
    const ticket = ++reads;
    try {
      const page = await deps.archivePage(at, PAGE_SIZE);
      if (ticket !== reads) return null;
      // The newest page stays "the newest" (a published issue joins it); any other is kept by its first number.
      const kept: PageAt = !page.newer || !page.rows[0] ? { end: 'newest' } : { atOrBelow: page.rows[0].number };
      store.set({ page, at: kept, error: '' });
      return page;
    } catch (error) {
      fail(t('cantOpenArchive'))(error);
      return null;
    }
  }

  /**
   * The page shown before (the newest at first), then the totals, the years and the zip's
   * template, which may come after it.
   */
  async function load() {
    if (!(await showPage(store.get().at))) return;
    try {
      const [totals, ends, settings] = await Promise.all([deps.countArchive(), deps.archiveEnds(), deps.loadSettings()]);
      store.set({ totals, years: yearsBetween(ends), zipTemplate: zipTemplateName(settings) });
    } catch (error) {
      fail(t('cantOpenArchive'))(error);
    }
  }

  /** Another page of the list, said in the status line for screen readers. */
  async function go(at: PageAt) {
    const page = await showPage(at);
    if (page) store.set({ status: pageRange(page, store.get().totals) });
  }

  /** Shows issue `number` read-only, with the numbers beside it; a later call wins over one still loading. */
  async function open(number: number) {
    // Where the list's page was is no news on an issue's page.
    store.set({ open: { number, issue: null, records: null, loading: true }, editing: null, status: '' });
    try {
      const [found, beside] = await Promise.all([deps.getIssue(number), deps.archiveNeighbours(number)]);
      if (store.get().open?.number !== number) return;
      store.set({ open: { number, issue: found ? draftToIssue(found) : null, records: found, loading: false, ...beside } });
    } catch (error) {
      fail(t('cantOpenIssue', number))(error);
    }
  }

  /** Reopens the open issue to fix a typo: its fields and items become editable in place. */
  function startEdit() {
    const records = store.get().open?.records;
    if (!records) return;
    const { headline, intro } = records.issue;
    // The last save's "saved" is no news once the issue is being edited again.
    store.set({
      editing: { headline, intro, items: records.items.map(({ id, title, url, commentary }) => ({ id, title, url, commentary })) },
      error: '',
      status: '',
    });
  }

  function editIssue(field: 'headline' | 'intro', value: string) {
    store.set(({ editing }) => ({ editing: editing && { ...editing, [field]: value } }));
  }

  function editItem(id: string, field: EditableItemField, value: string) {
    store.set(({ editing }) => ({
      editing: editing && { ...editing, items: editing.items.map((item) => (item.id === id ? { ...item, [field]: value } : item)) },
    }));
  }

  /** Writes what changed to the archived records and shows the issue again, its export with it. */
  async function saveEdit() {
    const { open: shown, editing } = store.get();
    if (!shown?.records || !editing) return;
    const changes = changesOf(shown.records, editing);
    try {
      if (Object.keys(changes.issue).length > 0 || changes.items.length > 0) {
        const saved = await deps.editPublishedIssue(shown.records.issue.id, changes);
        if (!saved) throw new Error(t('issueNotPublished', shown.number));
      }
      await open(shown.number);
      store.set({ status: t('issueEditSaved', shown.number) });
    } catch (error) {
      fail(t('cantSaveIssue', shown.number))(error);
    }
  }

  return {
    store,
    load,
    startEdit,
    editIssue,
    editItem,
    saveEdit,
    cancelEdit: () => store.set({ editing: null, error: '' }),
    newest: () => go({ end: 'newest' }),
    oldest: () => go({ end: 'oldest' }),
    older: () => {
      const last = store.get().page?.rows.at(-1);
      return last ? go({ olderThan: last.number }) : Promise.resolve();
    },
    newer: () => {
      const first = store.get().page?.rows[0];
      return first ? go({ newerThan: first.number }) : Promise.resolve();
    },
    /** The page that starts at the newest issue of `year` (or the oldest page, if none is that old). */
    async year(year: number) {
      try {
        const number = await deps.yearStart(year);
        await go(number === null ? { end: 'oldest' } : { atOrBelow: number });
      } catch (error) {
        fail(t('cantOpenArchive'))(error);
      }
    },
    open,
    // What was said about the issue (saved, copied) is not said of the list.
    close: () => store.set({ open: null, editing: null, status: '' }),
    showMarkdown: (on: boolean) => store.set({ showMarkdown: on }),
    zipProgress,
    downloadZip: () => downloadZip(deps, store, zipProgress),
    downloadFeed: () => downloadFeed(deps, store),
    announce: (status: string) => store.set({ status }),
  };
}
