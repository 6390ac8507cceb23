import { useEffect } from 'preact/hooks';
import type { ArchiveSectionDeps } from './archive-section-deps';
import type { Route } from './route';
import { ArchiveView } from './sections/archive/ArchiveView';
import { type ArchiveStore, createArchiveStore } from './sections/archive/archive-store';
import { ImportPanel } from './sections/import/ImportPanel';
import { createImportStore, type ImportStore } from './sections/import/import-store';
import { SearchView } from './sections/search/SearchView';
import { createSearchStore, type SearchStore } from './sections/search/search-store';
import { StatsView } from './sections/stats/StatsView';
import { createStatsStore, type StatsStore } from './sections/stats/stats-store';

interface Stores {
  archive: ArchiveStore;
  importer: ImportStore;
  search: SearchStore;
  stats: StatsStore;
}

/** One set of stores per page (per deps), kept while the curator switches sections. */
const storesByDeps = new WeakMap<ArchiveSectionDeps, Stores>();
function storesFor(deps: ArchiveSectionDeps): Stores {
  let stores = storesByDeps.get(deps);
  if (!stores) {
    stores = { archive: createArchiveStore(deps), importer: createImportStore(deps), search: createSearchStore(deps), stats: createStatsStore(deps) };
    storesByDeps.set(deps, stores);
  }
  return stores;
}

/** The archive (list or one issue, read-only), the import, search and statistics, as the route says. */
interface Props {
  route: Exclude<Route, { view: 'draft' | 'backup' | 'welcome' | 'settings' }>;
  deps: ArchiveSectionDeps;
  /** How a downloaded issue is named (a setting). */
  fileNamePattern: string;
}

export function ArchiveSections({ route, deps, fileNamePattern }: Props) {
  const { archive, importer, search, stats } = storesFor(deps);
  const number = route.view === 'archive' ? route.number : null;

  // An import in another tab changes what both sections show.
  useEffect(() => {
    const stop = new AbortController();
    deps.onChanged(() => {
      void archive.load();
      void importer.load();
      const open = archive.store.get().open;
      if (open) void archive.open(open.number);
      // Search and statistics read everything; only once they have been opened.
      if (search.store.get().index) void search.load();
      if (stats.store.get().stats) void stats.load();
    }, stop.signal);
    return () => stop.abort();
  }, [deps]);

  useEffect(() => {
    if (route.view === 'import') {
      void importer.load();
      return;
    }
    // Read afresh on every visit: the draft may have been edited on this page meanwhile.
    if (route.view === 'search') {
      void search.load();
      return;
    }
    if (route.view === 'stats') {
      void stats.load();
      return;
    }
    void archive.load();
    if (number === null) archive.close();
    else void archive.open(number);
  }, [route.view, number]);

  if (route.view === 'search') return <SearchView search={search} query={route.query} />;
  if (route.view === 'stats') return <StatsView stats={stats} />;
  return route.view === 'import' ? (
    <ImportPanel importer={importer} />
  ) : (
    <ArchiveView archive={archive} focusItem={route.item} fileNamePattern={fileNamePattern} />
  );
}
