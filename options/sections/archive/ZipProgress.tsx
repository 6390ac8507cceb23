import { t } from '../../../src/text/t';
import { useStore } from '../../../src/ui/store';
import { BulkProgress } from '../../shared/BulkProgress';
import type { ArchiveStore } from './archive-store';

/** The zip's progress bar while one is made; it alone repaints at each step. */
export function ZipProgress({ archive }: { archive: ArchiveStore }) {
  const { progress } = useStore(archive.zipProgress);
  return progress && <BulkProgress label={t('zipProgress', progress.done, progress.total)} {...progress} />;
}
