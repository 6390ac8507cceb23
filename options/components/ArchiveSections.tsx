import { useEffect } from 'preact/hooks';
import type { ArchiveSectionDeps } from '../archive-section-deps';
import { createArchiveStore, type ArchiveStore } from '../archive-store';
import { createImportStore, type ImportStore } from '../import-store';
import type { Route } from '../route';
import { ArchiveView } from './ArchiveView';
import { ImportPanel } from './ImportPanel';

interface Stores {
  archive: ArchiveStore;
  importer: ImportStore;
}

/** One pair of stores per page (per deps), kept while the curator switches sections. */
const storesByDeps = new WeakMap<ArchiveSectionDeps, Stores>();
function storesFor(deps: ArchiveSectionDeps): Stores {
  let stores = storesByDeps.get(deps);
  if (!stores) {
    stores = { archive: createArchiveStore(deps), importer: createImportStore(deps) };
    storesByDeps.set(deps, stores);
  }
  return stores;
}

/** The archive (list or one issue, read-only) and the import, as the route says. */
export function ArchiveSections({ route, deps }: { route: Exclude<Route, { view: 'draft' }>; deps: ArchiveSectionDeps }) {
  const { archive, importer } = storesFor(deps);
  const number = route.view === 'archive' ? route.number : null;

  // An import in another tab changes what both sections show.
  useEffect(() => {
    const stop = new AbortController();
    deps.onChanged(() => {
      void archive.load();
      void importer.load();
      const open = archive.store.get().open;
      if (open) void archive.open(open.number);
    }, stop.signal);
    return () => stop.abort();
  }, [deps]);

  useEffect(() => {
    if (route.view === 'import') {
      void importer.load();
      return;
    }
    void archive.load();
    if (number === null) archive.close();
    else void archive.open(number);
  }, [route.view, number]);

  return route.view === 'import' ? <ImportPanel importer={importer} /> : <ArchiveView archive={archive} />;
}
