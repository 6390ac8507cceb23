import {
  type ArchivedIssue,
  type ConflictChoice,
  type ImportPlan,
  type ImportPreview,
  planImport,
  planTotals,
  previewReadings,
  type ReadFile,
  type ReadSource,
  readImportFile,
} from '../../../src/core/import';
import { MAX_INPUT_CHARS } from '../../../src/core/kubelist';
import type { ImportOutcome, ImportProgress } from '../../../src/storage';
import { t, tn } from '../../../src/text/t';
import { errorText } from '../../../src/ui/error-text';
import { createStore } from '../../../src/ui/store';
import { yieldToPage } from '../../../src/ui/yield-to-page';
import { type FolderHandle, markdownFilesIn } from './folder-files';
import { importMessage } from './import-message';
import { type PickedFile, readPickedFile } from './read-picked-file';

export type { PickedFile };

/** What the import needs from storage; UI tests pass an in-memory database. */
export interface ImportDeps {
  /** The published issues among these numbers: the clashes the preview shows. */
  archivedIssues(numbers: readonly number[]): Promise<ArchivedIssue[]>;
  importIssues(plan: ImportPlan, options?: { onProgress?: (progress: ImportProgress) => void; pause?: () => Promise<void> }): Promise<ImportOutcome>;
  /** Awaited between chunks of a long job; the page's turn (tests pass their own). */
  pause?: () => Promise<void>;
}

/** How far a running import is: files read, then records built, then issues written. */
export interface ImportRun {
  phase: 'reading' | ImportProgress['phase'];
  done: number;
  total: number;
}

export interface ImportState {
  pasted: string;
  /** Keys of the sources whose mojibake the curator chose to repair. */
  repairs: string[];
  choices: Record<number, ConflictChoice>;
  /** What confirming would write; null while there is nothing to import. */
  preview: ImportPreview | null;
  /** Files that were not read (not Markdown, too large, unreadable), with the reason. */
  rejected: string[];
  busy: boolean;
  status: string;
  error: string;
}

export const PASTE_KEY = 'paste';
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

/** A chosen file, read once into its reading; the text is not kept (it is read again to repair it). */
interface ChosenFile {
  key: string;
  name: string;
  file: PickedFile;
  reading: ReadFile;
}

const withoutText = ({ text: _, ...reading }: ReturnType<typeof readImportFile>): ReadFile => reading;

export type ImportStore = ReturnType<typeof createImportStore>;

export function createImportStore(deps: ImportDeps) {
  const store = createStore<ImportState>({
    pasted: '',
    repairs: [],
    choices: {},
    preview: null,
    rejected: [],
    busy: false,
    status: '',
    error: '',
  });
  /** How far reading or writing is (null when neither runs); apart, so a step repaints the bar only. */
  const progress = createStore<{ progress: ImportRun | null }>({ progress: null });
  const pause = deps.pause ?? yieldToPage;
  let chosen: ChosenFile[] = [];
  let pastedReading: ReadFile | null = null;
  /** The archived issues among the numbers looked up so far, and which numbers those were. */
  let archived = new Map<number, ArchivedIssue>();
  let lookedUp = new Set<number>();
  /** Bumped by each choice of files: a slower earlier read gives way to a later one. */
  let generation = 0;

  function sources(): ReadSource[] {
    const all: ReadSource[] = chosen.map(({ key, name, reading }) => ({ key, name, reading }));
    if (pastedReading) all.push({ key: PASTE_KEY, name: t('pastedText'), reading: pastedReading });
    return all;
  }

  /** The preview from what is read: a pass over the readings, nothing parsed again. */
  function refresh(patch: Partial<ImportState> = {}) {
    const all = sources();
    store.set({ ...patch, preview: all.length > 0 ? previewReadings(all, [...archived.values()]) : null });
  }

  /** Looks up, in one read, the numbers not looked up yet; then shows their clashes. */
  async function lookUpClashes() {
    const numbers = [...new Set(sources().flatMap(({ reading }) => (reading.blocked ? [] : [reading.issue.number])))].filter((n) => !lookedUp.has(n));
    if (numbers.length === 0) return;
    for (const number of numbers) lookedUp.add(number);
    try {
      for (const issue of await deps.archivedIssues(numbers)) archived.set(issue.number, issue);
    } catch (error) {
      for (const number of numbers) lookedUp.delete(number);
      throw error;
    }
    refresh();
  }

  /** The archive may have changed (an import in another tab): its clashes are looked up again. */
  async function load() {
    archived = new Map();
    lookedUp = new Set();
    try {
      refresh();
      await lookUpClashes();
    } catch (error) {
      store.set({ error: t('cantReadArchive', String(error)) });
    }
  }

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
    chosen = read;
    const repairs = store.get().repairs.filter((key) => key === PASTE_KEY);
    progress.set({ progress: null });
    refresh({ rejected, repairs, busy: false, status: '' });
    try {
      await lookUpClashes();
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

  function readPasted(pasted: string, repair: boolean) {
    pastedReading = pasted.trim() === '' ? null : withoutText(readImportFile(t('pastedText'), pasted, repair));
  }

  function setPasted(pasted: string) {
    readPasted(pasted, store.get().repairs.includes(PASTE_KEY));
    refresh({ pasted });
    void lookUpClashes().catch((error) => store.set({ error: t('cantReadArchive', String(error)) }));
  }

  /** Repairs a source's mojibake, or undoes the repair: that one source is read again. */
  async function toggleRepair(key: string) {
    const { repairs, pasted } = store.get();
    const repair = !repairs.includes(key);
    const next = repair ? [...repairs, key] : repairs.filter((k) => k !== key);
    if (key === PASTE_KEY) readPasted(pasted, repair);
    else {
      const index = chosen.findIndex((file) => file.key === key);
      const file = chosen[index];
      if (!file) return;
      try {
        const reading = withoutText(readImportFile(file.name, await file.file.text(), repair));
        chosen = chosen.with(index, { ...file, reading });
      } catch (error) {
        return store.set({ error: t('fileUnreadable', file.name, String(error)) });
      }
    }
    refresh({ repairs: next });
    await lookUpClashes().catch((error) => store.set({ error: t('cantReadArchive', String(error)) }));
  }

  function choose(number: number, choice: ConflictChoice) {
    store.set({ choices: { ...store.get().choices, [number]: choice } });
  }

  function chooseAll(choice: ConflictChoice) {
    const conflicts = store.get().preview?.conflicts ?? [];
    store.set({ choices: Object.fromEntries(conflicts.map((number) => [number, choice])) });
  }

  function clear(patch: Partial<ImportState>) {
    generation++;
    chosen = [];
    pastedReading = null;
    refresh({ pasted: '', repairs: [], choices: {}, rejected: [], ...patch });
  }

  /** Writes the previewed import in one transaction, showing how far it is; then starts afresh. */
  async function confirm() {
    const { preview, choices, busy } = store.get();
    if (!preview || busy) return;
    const plan = planImport(preview, choices);
    if (plan.entries.length === 0) return store.set({ status: t('nothingToImport') });
    store.set({ busy: true, status: t('importing'), error: '' });
    try {
      const outcome = await deps.importIssues(plan, { onProgress: (run) => progress.set({ progress: run }), pause });
      archived = new Map();
      lookedUp = new Set();
      progress.set({ progress: null });
      clear({ busy: false, status: importMessage(plan, outcome) });
    } catch (error) {
      progress.set({ progress: null });
      store.set({ busy: false, status: '', error: t('nothingImported', errorText(error)) });
    }
  }

  return {
    store,
    progress,
    load,
    chooseFiles,
    chooseFolder,
    setPasted,
    toggleRepair,
    choose,
    chooseAll,
    confirm,
    cancel: () => clear({ status: t('importCancelled'), error: '' }),
    totals: () => {
      const { preview, choices } = store.get();
      return preview ? planTotals(preview, choices) : null;
    },
  };
}
