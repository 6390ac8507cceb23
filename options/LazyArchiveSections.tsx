import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../src/text/t';
import type { ArchiveSections } from './ArchiveSections';

type Props = Parameters<typeof ArchiveSections>[0];
let loaded: FunctionComponent<Props> | undefined;

/**
 * The archive, import, search and statistics sections, fetched the first time one is opened:
 * they bring the parser, the import preview, the search index and (later, on download) the zip
 * library, none of which the draft editor's first paint needs.
 */
export function LazyArchiveSections(props: Props) {
  const [Sections, setSections] = useState(() => loaded);
  const [error, setError] = useState('');
  useEffect(() => {
    if (Sections) return;
    import('./ArchiveSections')
      .then((module) => {
        loaded = module.ArchiveSections;
        setSections(() => loaded);
      })
      .catch((reason: unknown) => setError(t('sectionDidntLoad', String(reason))));
  }, []);
  if (error)
    return (
      <p class="error banner" role="alert">
        {error}
      </p>
    );
  return Sections ? <Sections {...props} /> : <p class="note banner">{t('loading')}</p>;
}
