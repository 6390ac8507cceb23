import type { Issue } from '../../../src/core/issue';
import { TemplateBrokenError } from '../../../src/core/templates/template-broken-error';
import type { TemplateProblem } from '../../../src/core/templates/template-problem';
import type { ArchiveBatch, ArchiveBatchStart } from '../../../src/storage';
import { t, tn } from '../../../src/text/t';
import { templateProblemText } from '../../../src/text/template-text';
import { errorText } from '../../../src/ui/error-text';
import type { Store } from '../../../src/ui/store';
import { yieldToPage } from '../../../src/ui/yield-to-page';
import type { BulkRun } from '../../shared/BulkProgress';
import type { ArchiveState } from './archive-store';
import { zipArchive } from './zip-archive';
import { type ZipSettings, zipFormat } from './zip-format';

export const ZIP_NAME = 'kubelist-archive.zip';

/** What the zip download needs from storage and the browser. */
export interface ZipDownloadDeps {
  /** Published issues in number order, a batch at a time, from `start`. */
  readArchiveBatch(start: ArchiveBatchStart | null): Promise<ArchiveBatch>;
  publishedCount(): Promise<number>;
  /** The export template chosen in Settings, and what it writes with. */
  loadSettings(): Promise<ZipSettings>;
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

/** Why the zip stopped: a broken template is named with its problem and line, anything else as it says. */
const zipErrorText = (error: unknown, templateName: string | null) =>
  error instanceof TemplateBrokenError && templateName !== null ? brokenText(templateName, error.problem) : errorText(error);

const brokenText = (templateName: string, problem: TemplateProblem) => t('zipTemplateBroken', templateName, templateProblemText(problem));

/**
 * Zips the whole archive in the export template chosen in Settings and hands it to the browser
 * as `kubelist-archive.zip`, showing how far it is; says what it left out. The archive is read,
 * formatted and zipped a batch at a time. A template that cannot be rendered stops it before
 * anything is read.
 */
export async function downloadZip(deps: ZipDownloadDeps, store: Store<ArchiveState>, progress: Store<{ progress: BulkRun | null }>): Promise<void> {
  store.set({ zipping: true, status: t('preparingZip'), error: '', unexported: [] });
  let templateName: string | null = null;
  try {
    const format = await zipFormat(await deps.loadSettings());
    templateName = format.templateName;
    store.set({ zipTemplate: templateName });
    if ('broken' in format) throw new TemplateBrokenError(format.broken);
    const total = await deps.publishedCount();
    progress.set({ progress: { done: 0, total } });
    const zip = await zipArchive(archiveBatches(deps.readArchiveBatch), {
      exporter: format.exporter,
      files: format.files,
      onProgress: (done) => progress.set({ progress: { done, total } }),
      pause: deps.pause ?? yieldToPage,
    });
    deps.download(ZIP_NAME, zip.blob);
    const left = zip.unexported.length;
    const issues = tn('issueCount', zip.fileCount);
    const downloaded = templateName === null ? t('downloadedZip', ZIP_NAME, issues) : t('downloadedZipTemplate', ZIP_NAME, issues, templateName);
    store.set({ unexported: zip.unexported, status: downloaded + (left > 0 ? ` ${tn('zipLeftOut', left)}` : '') });
  } catch (error) {
    store.set({ status: '', error: t('withError', t('cantMakeZip'), zipErrorText(error, templateName)) });
  } finally {
    store.set({ zipping: false });
    progress.set({ progress: null });
  }
}
