import { onChanged } from '../src/storage';
import * as archiveSectionStorage from './archive-section-storage';
import type { LazyPage } from './compose-stores';
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

/** The sections' deps on the page's connection (reopened if the browser closed it). */
export function archiveSectionDeps({ bind, stores }: LazyPage): ArchiveSectionDeps {
  const storage = bind(archiveSectionStorage);
  return {
    ...storage,
    getIssue: storage.getIssueWithItems,
    // The options carry the section's progress and pauses: without them the records of a large
    // import were built in one task (7 s at 13,300 issues).
    importIssues: async (plan, options) => {
      const outcome = await storage.importIssues(plan, options);
      // An import may renumber an empty draft; this page is not told of its own writes.
      void stores.editor.reload();
      return outcome;
    },
    download: saveFile,
    onChanged,
  };
}
