import { type ArchiveSectionDeps, archiveSectionDeps } from './archive-section-deps';
import type { LazyPage } from './compose-stores';
import { type ArchiveStore, createArchiveStore } from './sections/archive/archive-store';
import { createImportStore, type ImportStore } from './sections/import/import-store';
import { createSearchStore, type SearchStore } from './sections/search/search-store';
import { createStatsStore, type StatsStore } from './sections/stats/stats-store';

export interface ArchiveSectionStores {
  archive: ArchiveStore;
  importer: ImportStore;
  search: SearchStore;
  stats: StatsStore;
  /** Another page committed a write: what the sections show must be read again. */
  onChanged: ArchiveSectionDeps['onChanged'];
}

/**
 * The archive, import, search and statistics stores, composed on the page's connection. They load
 * with those sections' chunk; the page's root runs this once (`EditorStores.lazy`) and keeps them.
 */
export function archiveSectionStores(page: LazyPage): ArchiveSectionStores {
  const deps = archiveSectionDeps(page);
  return {
    archive: createArchiveStore(deps),
    importer: createImportStore(deps),
    search: createSearchStore(deps),
    stats: createStatsStore(deps),
    onChanged: deps.onChanged,
  };
}
