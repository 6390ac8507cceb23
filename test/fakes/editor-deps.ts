import type { EditorDeps } from '../../options/sections/draft/editor-store';
import { type CuratorDatabase, deleteItem, loadDraft, moveItem, updateDraft, updateItem } from '../../src/storage';

/** The editor store's draft deps on a real (fake-indexeddb) database, as the editor page wires them. */
export function editorDeps(db: CuratorDatabase): EditorDeps {
  return {
    loadDraft: () => loadDraft(db),
    updateDraft: (id, patch) => updateDraft(db, id, patch),
    updateItem: (id, patch) => updateItem(db, id, patch),
    deleteItem: (id) => deleteItem(db, id),
    moveItem: (id, to) => moveItem(db, id, to),
  };
}
