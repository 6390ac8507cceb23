import type { UrlChange } from '../../../src/core/clip';
import type { IssueRef } from '../../../src/core/next-issue';
import type { BackupStatus, Draft, IssueFields, ItemFields } from '../../../src/storage';
import { createAutosave, type SaveState } from '../../../src/ui/autosave';
import { errorText } from '../../../src/ui/error-text';
import { createStore } from '../../../src/ui/store';
import { createDraftLoader } from './draft-loader';
import { createEnteredUrls } from './entered-urls';
import { createFieldEdits } from './field-edits';
import { createItemMoves } from './item-moves';

/** What the editor needs from storage; UI tests pass an in-memory database. */
export interface EditorDeps {
  loadDraft(): Promise<Draft>;
  /** False when the issue is gone (replaced by a restore in another tab). */
  updateDraft(issueId: string, patch: Partial<IssueFields>): Promise<boolean | undefined>;
  updateItem(id: string, patch: Partial<ItemFields>): Promise<boolean>;
  deleteItem(id: string): Promise<void>;
  /** With `section`, the item also goes into that section ('' for none), in the same write. */
  moveItem(id: string, toIndex: number, section?: string): Promise<void>;
  /** The archived issue numbered `number`, if any: a draft number that is taken is flagged. */
  archivedIssueRef?(number: number): Promise<IssueRef | null>;
  /** The archived issues that decide what follows the archive; asked only when the draft's number is taken. */
  archiveTip?(): Promise<IssueRef[]>;
  /** When the last backup was made, for the reminder. */
  backupStatus?(): Promise<BackupStatus>;
}

/** What cleanup changed in an address entered in the editor, and what it was entered as. */
export interface UrlNote {
  /** The cleaned address: the note stands only while the item still has it. */
  url: string;
  original: string;
  change: UrlChange;
}

/** The page's connection: usable, waiting for another tab to let an upgrade through, or closed for one. */
export type StorageState = 'ok' | 'blocked' | 'reload';

export interface EditorState {
  draft: Draft | null;
  /** The archived issue with the draft's number, and what follows the archive; null when the number is free. */
  clash: DraftNumberClash | null;
  /** The outcome of the last action, announced to screen readers. */
  status: string;
  /** A storage failure other than autosave's; the edits stay on screen. */
  error: string;
  /** Autosave: "Saved" only once every edit has committed. */
  save: SaveState;
  saveError: string;
  backup: BackupStatus | null;
  storage: StorageState;
  /** By item id: tracking taken off an address typed or pasted here, with the original one click away. */
  urlNotes: Record<string, UrlNote>;
}

/** A draft number already archived: the issue that has it, and the archive's tip (highest number, latest date). */
export interface DraftNumberClash {
  taken: IssueRef;
  tip: IssueRef[];
}

export interface EditorOptions {
  /** Typing is written this long after the last keystroke. */
  saveDelayMs?: number;
  /** A failed write is tried again after this long. */
  retryMs?: number;
  /** The cleanup rules the curator turned off (from the settings store). */
  disabledRules?: () => readonly string[];
}

export type EditorStore = ReturnType<typeof createEditorStore>;

export function createEditorStore(deps: EditorDeps, options: EditorOptions = {}) {
  const store = createStore<EditorState>({
    draft: null,
    clash: null,
    status: '',
    error: '',
    save: 'idle',
    saveError: '',
    backup: null,
    storage: 'ok',
    urlNotes: {},
  });
  const autosave = createAutosave({
    delayMs: options.saveDelayMs ?? 250,
    retryMs: options.retryMs ?? 2000,
    describe: errorText,
    onStatus: ({ state, error }) => store.set({ save: state, saveError: error }),
  });
  const disabledRules = (): readonly string[] => options.disabledRules?.() ?? [];
  const { checkClash, load, reload } = createDraftLoader(deps, store, autosave);
  const { setIssueField, setItemField, takeNumber } = createFieldEdits(deps, store, autosave, checkClash);
  const { enterItemUrl, useOriginalUrl } = createEnteredUrls(store, (id, url) => setItemField(id, 'url', url), disabledRules);
  const { removeItem, moveItem, moveBy, moveToSection, moveSectionBy } = createItemMoves(deps, store, autosave);

  return {
    store,
    takeNumber,
    load,
    reload,
    setIssueField,
    setItemField,
    enterItemUrl,
    useOriginalUrl,
    /** The cleanup rules the curator turned off, for addresses entered elsewhere on the page. */
    disabledRules,
    removeItem,
    moveItem,
    moveBy,
    moveToSection,
    moveSectionBy,
    flush: () => autosave.flush(),
    /** True while some edit is not committed: closing the page now would lose it. */
    hasUnsaved: () => autosave.pending,
    setStorage: (storage: StorageState) => store.set({ storage }),
    announce: (status: string) => store.set({ status }),
  };
}
