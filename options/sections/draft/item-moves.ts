import { moveInList } from '../../../src/core/move-in-list';
import { inSectionOrder, sectionOf } from '../../../src/core/section-groups';
import { t } from '../../../src/text/t';
import type { Autosave } from '../../../src/ui/autosave';
import { errorText } from '../../../src/ui/error-text';
import type { Store } from '../../../src/ui/store';
import type { EditorDeps, EditorState } from './editor-store';

/** Deleting and moving items: each shown at once, then written after this page's pending edits. */
export function createItemMoves(deps: Pick<EditorDeps, 'deleteItem' | 'moveItem'>, store: Store<EditorState>, autosave: Autosave) {
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

  return { removeItem, moveItem, moveBy, moveSectionBy, moveToSection };
}
