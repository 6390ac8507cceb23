import { type ArchivedIssue, type ConflictChoice, type ImportPlan, type ImportPreview, planTotals } from '../../../src/core/import';
import type { ImportOutcome, ImportProgress } from '../../../src/storage';
import { t } from '../../../src/text/t';
import { createStore } from '../../../src/ui/store';
import { yieldToPage } from '../../../src/ui/yield-to-page';
import { createChooseFiles } from './choose-files';
import { confirmImport } from './confirm-import';
import { createImportReadings } from './import-readings';

export { READ_BATCH } from './choose-files';
export { PASTE_KEY } from './import-readings';
export type { PickedFile } from './read-picked-file';

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
  const readings = createImportReadings(deps, store);
  const { chooseFiles, chooseFolder, dropRunning } = createChooseFiles(store, progress, pause, readings);

  /** The archive may have changed (an import in another tab): its clashes are looked up again. */
  async function load() {
    readings.forgetArchive();
    try {
      readings.refresh();
      await readings.lookUpClashes();
    } catch (error) {
      store.set({ error: t('cantReadArchive', String(error)) });
    }
  }

  function choose(number: number, choice: ConflictChoice) {
    store.set({ choices: { ...store.get().choices, [number]: choice } });
  }

  function chooseAll(choice: ConflictChoice) {
    const conflicts = store.get().preview?.conflicts ?? [];
    store.set({ choices: Object.fromEntries(conflicts.map((number) => [number, choice])) });
  }

  function clear(patch: Partial<ImportState>) {
    dropRunning();
    readings.forgetReadings();
    readings.refresh({ pasted: '', repairs: [], choices: {}, rejected: [], ...patch });
  }

  return {
    store,
    progress,
    load,
    chooseFiles,
    chooseFolder,
    setPasted: readings.setPasted,
    toggleRepair: readings.toggleRepair,
    choose,
    chooseAll,
    /** Writes the previewed import in one transaction, showing how far it is; then starts afresh. */
    confirm: () =>
      confirmImport(deps, store, progress, pause, {
        forgetArchive: readings.forgetArchive,
        done: (status) => clear({ busy: false, status }),
      }),
    cancel: () => clear({ status: t('importCancelled'), error: '' }),
    totals: () => {
      const { preview, choices } = store.get();
      return preview ? planTotals(preview, choices) : null;
    },
  };
}
