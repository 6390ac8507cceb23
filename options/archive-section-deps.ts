import {
  archiveIndex,
  type CuratorDatabase,
  getIssueWithItems,
  importIssues,
  listArchive,
  loadArchiveIssues,
  loadSearchSource,
  onChanged,
} from '../src/storage';
import type { ArchiveDeps } from './sections/archive/archive-store';
import type { ImportDeps } from './sections/import/import-store';
import type { SearchDeps } from './sections/search/search-store';
import type { StatsDeps } from './sections/stats/stats-store';
import { saveFile } from './shared/save-file';

/** Everything the archive, import, search and statistics sections need from outside; UI tests pass their own. */
export type ArchiveSectionDeps = ArchiveDeps &
  ImportDeps &
  SearchDeps &
  StatsDeps & {
    /** Another page committed a write (an import in another tab, say): reload what is shown. */
    onChanged(listener: () => void, signal: AbortSignal): void;
  };

/**
 * The sections' deps on the real database. `afterImport` lets the page refresh what it shows
 * elsewhere (the draft may have been renumbered), since a page is not told of its own writes.
 */
export function archiveSectionDeps(db: Promise<CuratorDatabase>, afterImport: () => void): ArchiveSectionDeps {
  return {
    listArchive: async () => listArchive(await db),
    archiveIndex: async () => archiveIndex(await db),
    getIssue: async (number) => getIssueWithItems(await db, number),
    loadArchiveIssues: async () => loadArchiveIssues(await db),
    importIssues: async (plan) => {
      const outcome = await importIssues(await db, plan);
      afterImport();
      return outcome;
    },
    download: saveFile,
    loadSearchSource: async () => loadSearchSource(await db),
    onChanged,
  };
}
