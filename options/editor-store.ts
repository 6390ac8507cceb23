import { moveInList } from '../src/core/move-in-list';
import type { IssueRef } from '../src/core/next-issue';
import type { Draft, IssueFields, ItemFields } from '../src/storage';
import { createPendingWrites } from '../src/ui/pending-writes';
import { createStore } from '../src/ui/store';

/** What the editor needs from storage; UI tests pass an in-memory database. */
export interface EditorDeps {
  loadDraft(): Promise<Draft>;
  updateDraft(issueId: string, patch: Partial<IssueFields>): Promise<void>;
  updateItem(id: string, patch: Partial<ItemFields>): Promise<boolean>;
  deleteItem(id: string): Promise<void>;
  moveItem(id: string, toIndex: number): Promise<void>;
  /** Numbers and dates of the archived issues, so a draft number that is taken can be flagged. */
  archiveIndex?(): Promise<IssueRef[]>;
}

export interface EditorState {
  draft: Draft | null;
  /** The archived issues' numbers and dates (empty until loaded, or without an archive). */
  archive: IssueRef[];
  /** The outcome of the last action, announced to screen readers. */
  status: string;
  /** A storage failure; the edits stay on screen. */
  error: string;
}

/** Typing is written this long after the last keystroke. */
const SAVE_DELAY_MS = 250;

export type EditorStore = ReturnType<typeof createEditorStore>;

export function createEditorStore(deps: EditorDeps) {
  const store = createStore<EditorState>({ draft: null, archive: [], status: '', error: '' });
  const writes = createPendingWrites(SAVE_DELAY_MS, (error) =>
    store.set({ error: `Not saved: ${error instanceof Error ? error.message : String(error)}` }),
  );

  async function load() {
    try {
      const [draft, archive] = await Promise.all([deps.loadDraft(), deps.archiveIndex?.() ?? []]);
      store.set({ draft, archive, error: '' });
    } catch (error) {
      store.set({ error: `Couldn't open the draft: ${String(error)}` });
    }
  }

  /** Another page changed the data: write what is pending here first, so no edit is lost. */
  async function reload() {
    await writes.flush();
    await load();
  }

  function setIssueField<K extends keyof IssueFields>(field: K, value: IssueFields[K]) {
    const draft = store.get().draft;
    if (!draft) return;
    store.set({ draft: { ...draft, issue: { ...draft.issue, [field]: value } } });
    writes.schedule(`issue:${field}`, () => deps.updateDraft(draft.issue.id, { [field]: value }));
  }

  function setItemField<K extends keyof ItemFields>(id: string, field: K, value: string) {
    const draft = store.get().draft;
    if (!draft) return;
    const items = draft.items.map((item) => (item.id === id ? { ...item, [field]: value } : item));
    store.set({ draft: { ...draft, items } });
    writes.schedule(`item:${id}:${field}`, () => deps.updateItem(id, { [field]: value }));
  }

  async function removeItem(id: string) {
    const draft = store.get().draft;
    const index = draft?.items.findIndex((item) => item.id === id) ?? -1;
    if (!draft || index < 0) return;
    store.set({ draft: { ...draft, items: draft.items.filter((item) => item.id !== id) }, status: `Deleted item ${index + 1}.` });
    await writes.flush();
    await deps.deleteItem(id).catch((error: unknown) => store.set({ error: `Not deleted: ${String(error)}` }));
  }

  /** Moves an item on screen at once (so fast repeated key presses each count), then in storage. */
  async function moveItem(id: string, toIndex: number) {
    const draft = store.get().draft;
    const from = draft?.items.findIndex((item) => item.id === id) ?? -1;
    if (!draft || from < 0 || toIndex < 0 || toIndex >= draft.items.length || toIndex === from) return;
    store.set({
      draft: { ...draft, items: moveInList(draft.items, from, toIndex) },
      status: `Moved item ${from + 1} to position ${toIndex + 1}.`,
    });
    await writes.flush();
    await deps.moveItem(id, toIndex).catch((error: unknown) => store.set({ error: `Not moved: ${String(error)}` }));
  }

  /** Moves an item `delta` places from where it is now (not where it was when the key was pressed). */
  function moveBy(id: string, delta: number) {
    const from = store.get().draft?.items.findIndex((item) => item.id === id) ?? -1;
    return from < 0 ? Promise.resolve() : moveItem(id, from + delta);
  }

  /** Takes a suggested number and date (the next free place after the archive) in one go. */
  function takeNumber({ number, date }: IssueRef) {
    setIssueField('number', number);
    setIssueField('date', date);
    store.set({ status: `Renumbered the draft to #${number} for ${date}.` });
  }

  return {
    store,
    takeNumber,
    load,
    reload,
    setIssueField,
    setItemField,
    removeItem,
    moveItem,
    moveBy,
    flush: () => writes.flush(),
    announce: (status: string) => store.set({ status }),
  };
}
