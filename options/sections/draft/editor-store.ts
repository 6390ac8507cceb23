import type { UrlChange } from '../../../src/core/clip';
import { cleanEnteredUrl } from '../../../src/core/entered-url';
import { isDraftDate, isIssueNumber, storedUrlProblem } from '../../../src/core/issue-rules';
import { moveInList } from '../../../src/core/move-in-list';
import type { IssueRef } from '../../../src/core/next-issue';
import { inSectionOrder, sectionOf } from '../../../src/core/section-groups';
import type { BackupStatus, Draft, IssueFields, ItemFields } from '../../../src/storage';
import { fieldName } from '../../../src/text/field-names';
import { t } from '../../../src/text/t';
import { createAutosave, type SaveState } from '../../../src/ui/autosave';
import { errorText } from '../../../src/ui/error-text';
import { createStore } from '../../../src/ui/store';

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

/** Where the draft is now, for the status line. */
const draftNowText = ({ number, date }: { number: number; date: string }) => (date ? t('draftNowIs', number, date) : t('draftNowIsUndated', number));

/** Keys of unsaved edits name the record and the field, so a reload can put them back on the right one. */
const issueKey = (issueId: string, field: string) => `issue:${issueId}:${field}`;
const itemKey = (itemId: string, field: string) => `item:${itemId}:${field}`;

/** `draft` as stored, with this page's edits that are not committed yet laid over it. */
function withUnsaved(draft: Draft, unsaved: ReadonlyMap<string, unknown>): Draft {
  if (unsaved.size === 0) return draft;
  const overlay = <T extends object>(record: T, key: (field: string) => string): T => {
    const local = Object.keys(record).filter((field) => unsaved.has(key(field)));
    return local.length === 0 ? record : { ...record, ...Object.fromEntries(local.map((field) => [field, unsaved.get(key(field))])) };
  };
  return {
    issue: overlay(draft.issue, (field) => issueKey(draft.issue.id, field)),
    items: draft.items.map((item) => overlay(item, (field) => itemKey(item.id, field))),
  };
}

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
  let loads = 0;
  let clashChecks = 0;

  /**
   * Whether an archived issue has `number`: one index read. Only when one has is the archive's tip
   * read, for the next free place to offer; an answer for a number since changed is dropped.
   */
  async function checkClash(number: number) {
    const ticket = ++clashChecks;
    const taken = (await deps.archivedIssueRef?.(number).catch(() => null)) ?? null;
    const tip = taken ? await (deps.archiveTip?.() ?? Promise.resolve([])).catch(() => []) : [];
    if (ticket === clashChecks) store.set({ clash: taken ? { taken, tip } : null });
  }

  /** The draft; then whether its number is archived, and the backup reminder's count. Resolves once all are in. */
  async function load() {
    const ticket = ++loads;
    try {
      const draft = await deps.loadDraft();
      // A slower, older load never replaces what a newer one showed.
      if (ticket !== loads) return;
      const before = store.get().draft?.issue;
      const shown = withUnsaved(draft, autosave.unsavedValues());
      // Publishing, an import or a restore moved the draft: what the status line said of it is stale now.
      const moved = before !== undefined && (before.number !== shown.issue.number || before.date !== shown.issue.date);
      store.set({ draft: shown, error: '', ...(moved ? { status: draftNowText(shown.issue) } : {}) });
    } catch (error) {
      if (ticket === loads) store.set({ error: t('cantOpenDraft', errorText(error)) });
      return;
    }
    const clash = checkClash(store.get().draft!.issue.number);
    // Asked only now: it counts every item ever stored (the whole archive), and the draft used to
    // wait for it, about 15 ms with the 133-issue archive. Without it there is just no reminder.
    if (deps.backupStatus) {
      const backup = await deps.backupStatus().catch(() => null);
      if (ticket === loads) store.set({ backup });
    }
    await clash;
  }

  /** Another page changed the data: write what is pending here first, so no edit is lost. */
  async function reload() {
    await autosave.flush();
    await load();
  }

  function setIssueField<K extends keyof IssueFields>(field: K, value: IssueFields[K]) {
    const draft = store.get().draft;
    if (!draft) return;
    // Only what a backup of it restores is ever written (`issue-rules`); the fields flag the rest.
    if (field === 'number' && !isIssueNumber(value)) return;
    if (field === 'date' && !isDraftDate(value)) return;
    const id = draft.issue.id;
    store.set({ draft: { ...draft, issue: { ...draft.issue, [field]: value } } });
    if (field === 'number') void checkClash(value as number);
    autosave.schedule(issueKey(id, field), value, async () => {
      if ((await deps.updateDraft(id, { [field]: value })) === false) {
        store.set({ status: t('issueReplacedElsewhere', fieldName(field)) });
      }
    });
  }

  function setItemField<K extends keyof ItemFields>(id: string, field: K, value: string) {
    const draft = store.get().draft;
    if (!draft) return;
    if (field === 'url' && storedUrlProblem(value)) return;
    const items = draft.items.map((item) => (item.id === id ? { ...item, [field]: value } : item));
    store.set({ draft: { ...draft, items } });
    // Only this field is sent: the write patches the stored record, keeping fields other pages wrote.
    autosave.schedule(itemKey(id, field), value, async () => {
      if (!(await deps.updateItem(id, { [field]: value }))) {
        store.set({ status: t('itemDeletedElsewhere', fieldName(field)) });
      }
    });
  }

  /** Addresses the curator chose to keep as entered ("Use the original address"), by item id. */
  const keptAsEntered = new Map<string, string>();

  /**
   * An address typed (once the field is left) or pasted into an item: cleaned as a clipped
   * page's is, the change said under the field. Not on every keystroke: `?utm_` would vanish
   * while it is being typed.
   */
  function enterItemUrl(id: string, raw: string) {
    if (keptAsEntered.get(id) === raw) return;
    const entered = cleanEnteredUrl(raw, { disabled: options.disabledRules?.() ?? [] });
    if (!entered.change) return;
    setItemField(id, 'url', entered.url);
    store.set({ urlNotes: { ...store.get().urlNotes, [id]: { url: entered.url, original: raw, change: entered.change } } });
  }

  /** Puts back the address as it was entered, and leaves it so. */
  function useOriginalUrl(id: string) {
    const { [id]: note, ...others } = store.get().urlNotes;
    if (!note) return;
    keptAsEntered.set(id, note.original);
    store.set({ urlNotes: others });
    setItemField(id, 'url', note.original);
  }

  async function removeItem(id: string) {
    const draft = store.get().draft;
    const index = draft?.items.findIndex((item) => item.id === id) ?? -1;
    if (!draft || index < 0) return;
    store.set({ draft: { ...draft, items: draft.items.filter((item) => item.id !== id) }, status: t('deletedItem', index + 1) });
    await autosave.flush();
    await deps.deleteItem(id).catch((error: unknown) => store.set({ error: t('notDeleted', errorText(error)) }));
  }

  /** Moves an item on screen at once (so fast repeated key presses each count), then in storage. */
  async function moveItem(id: string, toIndex: number) {
    const draft = store.get().draft;
    const from = draft?.items.findIndex((item) => item.id === id) ?? -1;
    if (!draft || from < 0 || toIndex < 0 || toIndex >= draft.items.length || toIndex === from) return;
    store.set({
      draft: { ...draft, items: moveInList(draft.items, from, toIndex) },
      status: t('movedItem', from + 1, toIndex + 1),
    });
    await autosave.flush();
    await deps.moveItem(id, toIndex).catch((error: unknown) => store.set({ error: t('notMoved', errorText(error)) }));
  }

  /**
   * Moves an item `delta` places from where it is now (not where it was when the key was pressed),
   * within its section (`names`: the settings' sections): Alt+Shift+Arrow crosses into another.
   */
  function moveBy(id: string, delta: number, names: readonly string[] = []) {
    const items = store.get().draft?.items ?? [];
    const shown = inSectionOrder(items, names);
    const at = shown.findIndex((item) => item.id === id);
    const to = shown[at + delta];
    if (at < 0 || !to || sectionOf(to, names) !== sectionOf(shown[at]!, names)) return Promise.resolve();
    return moveItem(id, items.indexOf(to));
  }

  /** Moves an item into the section before (-1) or after (1) its own, '' (none) being the first. */
  function moveSectionBy(id: string, delta: number, names: readonly string[]) {
    const item = store.get().draft?.items.find((each) => each.id === id);
    const places = ['', ...names];
    const to = item ? places[places.indexOf(sectionOf(item, names)) + delta] : undefined;
    return to === undefined ? Promise.resolve() : moveToSection(id, to, names);
  }

  /**
   * Puts an item into `section` ('' for none), after the last item of that section, so the
   * export's order is the one on screen (`names`: the settings' sections). The section and the
   * place are written together; the list keeps storage's order and is shown grouped.
   */
  async function moveToSection(id: string, section: string, names: readonly string[]) {
    const draft = store.get().draft;
    const item = draft?.items.find((each) => each.id === id);
    if (!draft || !item || item.section === section) return;
    const moved = { ...item, section };
    const rest = draft.items.filter((each) => each.id !== id);
    const last = rest.findLastIndex((each) => sectionOf(each, names) === sectionOf(moved, names));
    const toIndex = last < 0 ? rest.length : last + 1;
    const items = [...rest.slice(0, toIndex), moved, ...rest.slice(toIndex)];
    const n = inSectionOrder(items, names).indexOf(moved) + 1;
    store.set({ draft: { ...draft, items }, status: section ? t('movedToSection', section, n) : t('movedOutOfSection', n) });
    await autosave.flush();
    await deps.moveItem(id, toIndex, section).catch((error: unknown) => store.set({ error: t('notMoved', errorText(error)) }));
  }

  /** Takes a suggested number and date (the next free place after the archive) in one go. */
  function takeNumber({ number, date }: IssueRef) {
    setIssueField('number', number);
    setIssueField('date', date);
    store.set({ status: t('renumbered', number, date) });
  }

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
    disabledRules: (): readonly string[] => options.disabledRules?.() ?? [],
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
