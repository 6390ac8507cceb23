import { t } from '../../../src/text/t';
import { useStore } from '../../../src/ui/store';
import { BulkProgress } from '../../shared/BulkProgress';
import type { ImportStore } from './import-store';

const WORDS = { reading: 'importReadProgress', preparing: 'importPrepareProgress', writing: 'importWriteProgress' } as const;

/** The import's progress bar while files are read or the import written; it alone repaints at each step. */
export function ImportProgress({ importer }: { importer: ImportStore }) {
  const { progress } = useStore(importer.progress);
  return progress && <BulkProgress label={t(WORDS[progress.phase], progress.done, progress.total)} done={progress.done} total={progress.total} />;
}
