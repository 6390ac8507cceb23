import { type ArchivedIssue, previewReadings, type ReadFile, type ReadSource, readImportFile } from '../../../src/core/import';
import { t } from '../../../src/text/t';
import type { Store } from '../../../src/ui/store';
import type { ImportDeps, ImportState } from './import-store';
import type { PickedFile } from './read-picked-file';

export const PASTE_KEY = 'paste';

/** A chosen file, read once into its reading; the text is not kept (it is read again to repair it). */
export interface ChosenFile {
  key: string;
  name: string;
  file: PickedFile;
  reading: ReadFile;
}

export const withoutText = ({ text: _, ...reading }: ReturnType<typeof readImportFile>): ReadFile => reading;

export type ImportReadings = ReturnType<typeof createImportReadings>;

/** What the import has read (the chosen files, the pasted text) and the archived issues it clashes with, made into the preview. */
export function createImportReadings(deps: Pick<ImportDeps, 'archivedIssues'>, store: Store<ImportState>) {
  let chosen: ChosenFile[] = [];
  let pastedReading: ReadFile | null = null;
  /** The archived issues among the numbers looked up so far, and which numbers those were. */
  let archived = new Map<number, ArchivedIssue>();
  let lookedUp = new Set<number>();

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

  /** The archive may have changed (an import, here or in another tab): its clashes are to be looked up again. */
  function forgetArchive() {
    archived = new Map();
    lookedUp = new Set();
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

  return {
    refresh,
    lookUpClashes,
    forgetArchive,
    setPasted,
    toggleRepair,
    /** Replaces the chosen files with those just read. */
    setChosen: (files: ChosenFile[]) => {
      chosen = files;
    },
    /** Forgets everything read, files and pasted text alike. */
    forgetReadings: () => {
      chosen = [];
      pastedReading = null;
    },
  };
}
