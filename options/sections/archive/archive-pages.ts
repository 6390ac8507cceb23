import type { ArchivePage, ArchiveSummary, PageAt } from '../../../src/storage';
import { t } from '../../../src/text/t';
import type { Store } from '../../../src/ui/store';
import { pageRange } from './archive-page-text';
import type { ArchiveDeps, ArchiveState } from './archive-store';
import { zipTemplateName } from './zip-format';

/** Rows in a page of the list: a few screens, what one read and one render hold whatever the archive's size. */
export const PAGE_SIZE = 100;

const yearOf = (date: string) => Number(date.slice(0, 4));

/** Every year from the newest issue's back to the oldest's; none when a date is unreadable. */
function yearsBetween(ends: { oldest: ArchiveSummary; newest: ArchiveSummary } | null): number[] {
  if (!ends) return [];
  const [newest, oldest] = [yearOf(ends.newest.date), yearOf(ends.oldest.date)];
  if (!Number.isInteger(newest) || !Number.isInteger(oldest) || newest < oldest) return [];
  return Array.from({ length: newest - oldest + 1 }, (_, i) => newest - i);
}

type PagesDeps = Pick<ArchiveDeps, 'archivePage' | 'countArchive' | 'archiveEnds' | 'loadSettings' | 'yearStart'>;

/** The archive's list a page at a time: the pager's moves, a year's page, and what the list says of the whole. */
export function createArchivePages(deps: PagesDeps, store: Store<ArchiveState>, fail: (what: string) => (error: unknown) => void) {
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

  return {
    load,
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
  };
}
