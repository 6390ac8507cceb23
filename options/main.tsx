import { render } from 'preact';
import { showDraftCount } from '../src/platform/badge';
import { deleteItem, draftItemCount, loadDraft, moveItem, onChanged, onOwnChange, openCuratorDb, updateDraft, updateItem } from '../src/storage';
import { addItem, archiveIndex, findFeatured, loadArchiveIssues, publishDraft } from '../src/storage';
import { App } from './App';
import { archiveSectionDeps } from './archive-section-deps';
import { createDeskStore } from './desk-store';
import { createEditorStore } from './editor-store';

const db = openCuratorDb();
const editor = createEditorStore({
  loadDraft: async () => loadDraft(await db),
  updateDraft: async (id, patch) => updateDraft(await db, id, patch),
  updateItem: async (id, patch) => updateItem(await db, id, patch),
  deleteItem: async (id) => deleteItem(await db, id),
  moveItem: async (id, toIndex) => moveItem(await db, id, toIndex),
  archiveIndex: async () => archiveIndex(await db),
});
// An import may renumber an empty draft; this page is not told of its own writes, so reload here.
const archive = archiveSectionDeps(db, () => void editor.reload());

const desk = createDeskStore(
  {
    addItem: async (fields) => addItem(await db, fields),
    moveItem: async (id, toIndex) => moveItem(await db, id, toIndex),
    findFeatured: async (url) => findFeatured(await db, url),
    loadArchiveIssues: async () => loadArchiveIssues(await db),
    publishDraft: async () => publishDraft(await db),
  },
  editor,
);

render(<App editor={editor} desk={desk} archive={archive} />, document.getElementById('app')!);
void editor.load();
// Items clipped in the popup (or edits in another editor tab) show up here at once.
onChanged(() => void editor.reload(), new AbortController().signal);
// Keep the toolbar badge's count in step with deletions made here.
onOwnChange(() => void db.then(draftItemCount).then(showDraftCount), new AbortController().signal);
// Typing is written within a quarter second; this only covers closing the tab inside that window.
addEventListener('pagehide', () => void editor.flush());
