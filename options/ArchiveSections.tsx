import { useEffect } from 'preact/hooks';
import { archiveSectionStores } from './archive-section-stores';
import type { Route } from './route';
import { ArchiveView } from './sections/archive/ArchiveView';
import { ImportPanel } from './sections/import/ImportPanel';
import { SearchView } from './sections/search/SearchView';
import { StatsView } from './sections/stats/StatsView';
import { useStores } from './use-stores';

/** The archive (list or one issue, read-only), the import, search and statistics, as the route says. */
interface Props {
  route: Exclude<Route, { view: 'draft' | 'collected' | 'backup' | 'welcome' | 'settings' }>;
  /** How a downloaded issue is named (a setting). */
  fileNamePattern: string;
}

export function ArchiveSections({ route, fileNamePattern }: Props) {
  const { archive, importer, search, stats, onChanged } = useStores().lazy(archiveSectionStores);
  const number = route.view === 'archive' ? route.number : null;

  // An import in another tab changes what both sections show.
  useEffect(() => {
    const stop = new AbortController();
    onChanged(() => {
      void archive.load();
      void importer.load();
      const open = archive.store.get().open;
      if (open) void archive.open(open.number);
      // Search reads again only while it shows a query; statistics only once opened.
      search.load();
      if (stats.store.get().stats) void stats.load();
    }, stop.signal);
    return () => stop.abort();
  }, [archive]);

  useEffect(() => {
    if (route.view === 'import') {
      void importer.load();
      return;
    }
    // Search runs its query as its view opens (SearchView), reading the draft and archive afresh.
    if (route.view === 'search') return;
    // Read afresh on every visit: the draft may have been edited on this page meanwhile.
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
