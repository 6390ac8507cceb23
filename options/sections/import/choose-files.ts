import { readImportFile } from '../../../src/core/import';
import { MAX_INPUT_CHARS } from '../../../src/core/kubelist';
import { t, tn } from '../../../src/text/t';
import { errorText } from '../../../src/ui/error-text';
import type { Store } from '../../../src/ui/store';
import { type FolderHandle, markdownFilesIn } from './folder-files';
import { type ChosenFile, type ImportReadings, PASTE_KEY, withoutText } from './import-readings';
import type { ImportRun, ImportState } from './import-store';
import { type PickedFile, readPickedFile } from './read-picked-file';

const MARKDOWN_NAME = /\.(md|markdown|txt)$/i;
/** UTF-8 takes at most 4 bytes a character; a larger file cannot be within the parser's limit. */
const MAX_FILE_BYTES = MAX_INPUT_CHARS * 4;
/** Files read at once, then parsed before the next batch (a short task even on a busy machine): reads overlap, memory holds a batch of texts. */
export const READ_BATCH = 16;
/**
 * Names in issue order. One collator for the whole sort: `localeCompare` with options builds one
 * per comparison, which took half a minute for 13,300 files.
 */
const byName = new Intl.Collator('en', { numeric: true });

/** Choosing files or a folder to import: reading them into `readings`, with progress in `progress`. */
export function createChooseFiles(
  store: Store<ImportState>,
  progress: Store<{ progress: ImportRun | null }>,
  pause: () => Promise<void>,
  readings: Pick<ImportReadings, 'setChosen' | 'refresh' | 'lookUpClashes'>,
) {
  /** Bumped by each choice of files: a slower earlier read gives way to a later one. */
  let generation = 0;

  /**
   * Replaces the chosen files with `picked`, read as UTF-8 a batch at a time (the batch's files
   * concurrently), each batch parsed before the next is read, with the page's turn in between;
   * then the clashes with the archive, in one lookup. Nothing is written yet.
   */
  async function chooseFiles(picked: readonly PickedFile[]) {
    const run = ++generation;
    const rejected: string[] = [];
    // In issue order (kubelist-2 before kubelist-10), whatever order the picker or drop gave.
    const ordered = [...picked].sort((a, b) => byName.compare(a.name, b.name));
    const named = ordered.flatMap((file, index) => {
      if (MARKDOWN_NAME.test(file.name)) return [{ key: `file:${index}:${file.name}`, name: file.name, file }];
      rejected.push(t('notMarkdownFile', file.name));
      return [];
    });
    const total = named.length;
    store.set({ busy: true, status: tn('readingFiles', total), error: '' });
    progress.set({ progress: { phase: 'reading', done: 0, total } });
    const read: ChosenFile[] = [];
    for (let start = 0; start < total; start += READ_BATCH) {
      const batch = named.slice(start, start + READ_BATCH);
      const texts = await Promise.allSettled(batch.map(({ file }) => readPickedFile(file, MAX_FILE_BYTES)));
      if (run !== generation) return;
      batch.forEach((source, i) => {
        const text = texts[i]!;
        if (text.status === 'rejected') rejected.push(t('fileUnreadable', source.name, String(text.reason)));
        else if (text.value === null) rejected.push(t('fileTooLarge', source.name));
        else read.push({ ...source, reading: withoutText(readImportFile(source.name, text.value)) });
      });
      progress.set({ progress: { phase: 'reading', done: Math.min(start + READ_BATCH, total), total } });
      await pause();
      if (run !== generation) return;
    }
    readings.setChosen(read);
    const repairs = store.get().repairs.filter((key) => key === PASTE_KEY);
    progress.set({ progress: null });
    readings.refresh({ rejected, repairs, busy: false, status: '' });
    try {
      await readings.lookUpClashes();
    } catch (error) {
      store.set({ error: t('cantReadArchive', String(error)) });
    }
  }

  /**
   * Every Markdown file in the folder `pick` hands over and the folders inside it, then read as
   * chosen files are. A closed picker (null) changes nothing.
   */
  async function chooseFolder(pick: () => Promise<FolderHandle | null>) {
    let folder: FolderHandle | null;
    try {
      folder = await pick();
    } catch (error) {
      return store.set({ error: t('folderNotOpened', errorText(error)) });
    }
    if (!folder) return;
    const run = ++generation;
    store.set({ busy: true, status: t('lookingInFolder', folder.name), error: '' });
    try {
      const onFound = (count: number) => run === generation && store.set({ status: tn('foundInFolder', count, folder.name) });
      const files = await markdownFilesIn(folder, { pause, onFound });
      if (run !== generation) return;
      if (files.length === 0) return store.set({ busy: false, status: '', error: t('noMarkdownInFolder', folder.name) });
      await chooseFiles(files);
    } catch (error) {
      if (run === generation) store.set({ busy: false, status: '', error: t('folderUnreadable', folder.name, errorText(error)) });
    }
  }

  return {
    chooseFiles,
    chooseFolder,
    /** Drops any choice still being read: what comes of it is no longer wanted. */
    dropRunning: () => {
      generation++;
    },
  };
}
