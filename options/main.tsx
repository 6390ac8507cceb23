import { render } from 'preact';
import { deleteItem, loadDraft, moveItem, onChanged, openCuratorDb, updateDraft, updateItem } from '../src/storage';
import { App } from './App';
import { createEditorStore } from './editor-store';

const db = openCuratorDb();
const editor = createEditorStore({
  loadDraft: async () => loadDraft(await db),
  updateDraft: async (id, patch) => updateDraft(await db, id, patch),
  updateItem: async (id, patch) => updateItem(await db, id, patch),
  deleteItem: async (id) => deleteItem(await db, id),
  moveItem: async (id, toIndex) => moveItem(await db, id, toIndex),
});

render(<App editor={editor} />, document.getElementById('app')!);
void editor.load();
// Items clipped in the popup (or edits in another editor tab) show up here at once.
onChanged(() => void editor.reload(), new AbortController().signal);
// Typing is written within a quarter second; this only covers closing the tab inside that window.
addEventListener('pagehide', () => void editor.flush());
