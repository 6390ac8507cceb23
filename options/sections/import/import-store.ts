import {
  type ArchivedIssue,
  type ConflictChoice,
  type ImportPlan,
  type ImportPreview,
  type ImportSource,
  planImport,
  planTotals,
  previewImport,
} from '../../../src/core/import';
import { MAX_INPUT_CHARS } from '../../../src/core/kubelist';
import type { ImportOutcome } from '../../../src/storage';
import { writeFailureText } from '../../../src/text/record-refused';
import { t, tn } from '../../../src/text/t';
import { createStore } from '../../../src/ui/store';
import { importMessage } from './import-message';

/** What the import needs from storage; UI tests pass an in-memory database. */
export interface ImportDeps {
  archiveIndex(): Promise<ArchivedIssue[]>;
  importIssues(plan: ImportPlan): Promise<ImportOutcome>;
}

/** A chosen or dropped file: `File` is one, and tests pass plain objects. */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export interface ImportState {
  files: ImportSource[];
  pasted: string;
  /** Issues already in the archive, for the conflict check. */
  archived: ArchivedIssue[];
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

export type ImportStore = ReturnType<typeof createImportStore>;

export function createImportStore(deps: ImportDeps) {
  const store = createStore<ImportState>({
    files: [],
    pasted: '',
    archived: [],
    repairs: [],
    choices: {},
    preview: null,
    rejected: [],
    busy: false,
    status: '',
    error: '',
  });

  /** Reads every source again: cheap (a parse per file), and keeps the preview honest. */
  function refresh(patch: Partial<ImportState>) {
    const next = { ...store.get(), ...patch };
    const sources = [...next.files];
    if (next.pasted.trim() !== '') sources.push({ key: PASTE_KEY, name: t('pastedText'), text: next.pasted });
    const preview = sources.length > 0 ? previewImport(sources, next.archived, new Set(next.repairs)) : null;
    store.set({ ...patch, preview });
  }

  async function load() {
    try {
      refresh({ archived: await deps.archiveIndex() });
    } catch (error) {
      store.set({ error: t('cantReadArchive', String(error)) });
    }
  }

  /** Replaces the chosen files with `picked`, read as UTF-8; nothing is written yet. */
  async function chooseFiles(picked: readonly PickedFile[]) {
    store.set({ busy: true, status: tn('readingFiles', picked.length), error: '' });
    const files: ImportSource[] = [];
    const rejected: string[] = [];
    // In issue order (kubelist-2 before kubelist-10), whatever order the picker or drop gave.
    const ordered = [...picked].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
    for (const [index, file] of ordered.entries()) {
      if (!MARKDOWN_NAME.test(file.name)) rejected.push(t('notMarkdownFile', file.name));
      else if (file.size > MAX_FILE_BYTES) rejected.push(t('fileTooLarge', file.name));
      else {
        try {
          files.push({ key: `file:${index}:${file.name}`, name: file.name, text: await file.text() });
        } catch (error) {
          rejected.push(t('fileUnreadable', file.name, String(error)));
        }
      }
    }
    refresh({ files, rejected, repairs: store.get().repairs.filter((key) => key === PASTE_KEY), busy: false, status: '' });
  }

  function toggleRepair(key: string) {
    const { repairs } = store.get();
    refresh({ repairs: repairs.includes(key) ? repairs.filter((k) => k !== key) : [...repairs, key] });
  }

  function choose(number: number, choice: ConflictChoice) {
    store.set({ choices: { ...store.get().choices, [number]: choice } });
  }

  function chooseAll(choice: ConflictChoice) {
    const conflicts = store.get().preview?.conflicts ?? [];
    store.set({ choices: Object.fromEntries(conflicts.map((number) => [number, choice])) });
  }

  /** Writes the previewed import in one transaction, then starts afresh. */
  async function confirm() {
    const { preview, choices, busy } = store.get();
    if (!preview || busy) return;
    const plan = planImport(preview, choices);
    if (plan.entries.length === 0) return store.set({ status: t('nothingToImport') });
    store.set({ busy: true, status: t('importing'), error: '' });
    try {
      const outcome = await deps.importIssues(plan);
      const archived = await deps.archiveIndex();
      refresh({ files: [], pasted: '', repairs: [], choices: {}, rejected: [], archived, busy: false, status: importMessage(plan, outcome) });
    } catch (error) {
      store.set({ busy: false, status: '', error: t('nothingImported', writeFailureText(error)) });
    }
  }

  function cancel() {
    refresh({ files: [], pasted: '', repairs: [], choices: {}, rejected: [], status: t('importCancelled'), error: '' });
  }

  return {
    store,
    load,
    chooseFiles,
    setPasted: (pasted: string) => refresh({ pasted }),
    toggleRepair,
    choose,
    chooseAll,
    confirm,
    cancel,
    totals: () => {
      const { preview, choices } = store.get();
      return preview ? planTotals(preview, choices) : null;
    },
  };
}
