import type { Issue } from '../../../src/core/issue';
import type { ArchiveBatch, ArchiveBatchStart } from '../../../src/storage';
import { t, tn } from '../../../src/text/t';
import { errorText } from '../../../src/ui/error-text';
import type { Store } from '../../../src/ui/store';
import { yieldToPage } from '../../../src/ui/yield-to-page';
import type { BulkRun } from '../../shared/BulkProgress';
import type { ArchiveState } from './archive-store';
import { zipArchive } from './zip-archive';

export const ZIP_NAME = 'kubelist-archive.zip';

/** What the zip download needs from storage and the browser. */
export interface ZipDownloadDeps {
  /** Published issues in number order, a batch at a time, from `start`. */
  readArchiveBatch(start: ArchiveBatchStart | null): Promise<ArchiveBatch>;
  publishedCount(): Promise<number>;
  download(fileName: string, blob: Blob): void;
  /** Awaited between batches; the page's turn (tests pass their own). */
  pause?: () => Promise<void>;
}

/** The archive, batch after batch, each read when the zip is ready for it. */
async function* archiveBatches(read: ZipDownloadDeps['readArchiveBatch']): AsyncGenerator<Issue[]> {
  let start: ArchiveBatchStart | null = null;
  do {
    const batch: ArchiveBatch = await read(start);
    if (batch.issues.length > 0) yield batch.issues;
    start = batch.next;
  } while (start);
}

/**
 * Zips the whole archive and hands it to the browser as `kubelist-archive.zip`, showing how far
 * it is; says what it left out. The archive is read, formatted and zipped a batch at a time.
 */
export async function downloadZip(deps: ZipDownloadDeps, store: Store<ArchiveState>, progress: Store<{ progress: BulkRun | null }>): Promise<void> {
  store.set({ zipping: true, status: t('preparingZip'), error: '' });
  try {
    const total = await deps.publishedCount();
    progress.set({ progress: { done: 0, total } });
    const zip = await zipArchive(archiveBatches(deps.readArchiveBatch), {
      onProgress: (done) => progress.set({ progress: { done, total } }),
      pause: deps.pause ?? yieldToPage,
    });
    deps.download(ZIP_NAME, zip.blob);
    const left = zip.unexported.length;
    store.set({
      unexported: zip.unexported,
      status: t('downloadedZip', ZIP_NAME, tn('issueCount', zip.fileCount)) + (left > 0 ? ` ${tn('zipLeftOut', left)}` : ''),
    });
  } catch (error) {
    store.set({ status: '', error: t('withError', t('cantMakeZip'), errorText(error)) });
  } finally {
    store.set({ zipping: false });
    progress.set({ progress: null });
  }
}
