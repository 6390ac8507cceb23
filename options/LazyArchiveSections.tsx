import { t } from '../src/text/t';
import { lazyComponent } from '../src/ui/lazy-component';
import type { ArchiveSections } from './ArchiveSections';

type Props = Parameters<typeof ArchiveSections>[0];

/**
 * The archive, import, search and statistics sections, fetched the first time one is opened:
 * they bring the parser, the import preview, the search index and (later, on download) the zip
 * library, none of which the draft editor's first paint needs.
 */
export const LazyArchiveSections = lazyComponent<Props>(() => import('./ArchiveSections').then((module) => module.ArchiveSections), {
  loading: () => <p class="note banner">{t('loading')}</p>,
  failed: (reason) => t('sectionDidntLoad', reason),
  failedClass: 'error banner',
});
