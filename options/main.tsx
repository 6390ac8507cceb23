import { render } from 'preact';
import { showDraftCount } from '../src/platform/badge';
import { localizePage, useBrowserMessages } from '../src/platform/i18n';
import {
  addItem,
  archiveIndex,
  backupStatus,
  createConnection,
  deleteItem,
  draftItemCount,
  exportBackup,
  findFeatured,
  listSnapshots,
  loadArchiveIssues,
  loadDraft,
  loadSettings,
  loadSnapshot,
  markBackedUp,
  moveItem,
  onChanged,
  onOwnChange,
  previewRestore,
  publishDraft,
  requestPersistence,
  restoreBackup,
  saveSettings,
  updateDraft,
  updateItem,
} from '../src/storage';
import { App } from './App';
import { archiveSectionDeps } from './archive-section-deps';
import { createBackupStore } from './sections/backup/backup-store';
import { createDeskStore } from './sections/draft/desk-store';
import { createEditorStore } from './sections/draft/editor-store';
import { createSettingsStore } from './sections/settings/settings-store';
import { saveFile } from './shared/save-file';

// Before anything is worded: every `t` on this page speaks the browser's language.
useBrowserMessages();

// The page's one connection: reopened if the browser closes it; closed (after saving what is
// pending) when another tab upgrades the schema, and this page then asks to be reloaded.
const connection = createConnection({
  beforeClose: () => editor.flush(),
  closedForUpgrade: () => editor.setStorage('reload'),
  blocked: () => editor.setStorage('blocked'),
  opened: () => editor.store.get().storage === 'blocked' && editor.setStorage('ok'),
});
const run = connection.run;

const editor = createEditorStore(
  {
    loadDraft: () => run((db) => loadDraft(db)),
    updateDraft: (id, patch) => run((db) => updateDraft(db, id, patch)),
    updateItem: (id, patch) => run((db) => updateItem(db, id, patch)),
    deleteItem: (id) => run((db) => deleteItem(db, id)),
    moveItem: (id, toIndex) => run((db) => moveItem(db, id, toIndex)),
    archiveIndex: () => run((db) => archiveIndex(db)),
    backupStatus: () => run((db) => backupStatus(db)),
  },
  // Addresses entered here are cleaned by the rules the settings leave on.
  { disabledRules: () => settings.store.get().settings.disabledRules },
);
// The archive sections take a database promise: they get the page's connection as first opened.
const db = run(async (opened) => opened);
db.catch(() => undefined); // the draft section says why storage failed
// An import may renumber an empty draft; this page is not told of its own writes, so reload here.
const archive = archiveSectionDeps(db, () => void editor.reload());

const settings = createSettingsStore({
  loadSettings: () => run((db) => loadSettings(db)),
  saveSettings: (changed) => run((db) => saveSettings(db, changed)),
});

const desk = createDeskStore(
  {
    addItem: (fields) => run((db) => addItem(db, fields)),
    moveItem: (id, toIndex) => run((db) => moveItem(db, id, toIndex)),
    findFeatured: (url) => run((db) => findFeatured(db, url)),
    loadArchiveIssues: () => run((db) => loadArchiveIssues(db)),
    publishDraft: () => run((db) => publishDraft(db)),
  },
  editor,
  settings,
);

const backup = createBackupStore({
  exportBackup: () => run((db) => exportBackup(db)),
  markBackedUp: (at) => run((db) => markBackedUp(db, at)),
  backupStatus: () => run((db) => backupStatus(db)),
  previewRestore: (data, mode) => run((db) => previewRestore(db, data, mode)),
  // What is typed here is written first, so the restore sees (and a replace snapshots) it.
  restore: async (data, mode) => {
    await editor.flush();
    const outcome = await run((db) => restoreBackup(db, data, mode));
    void editor.reload();
    // A replace may have brought the backup's settings; this page is not told of its own writes.
    void settings.load();
    return outcome;
  },
  listSnapshots: () => run((db) => listSnapshots(db)),
  loadSnapshot: (id) => run((db) => loadSnapshot(db, id)),
  download: saveFile,
  // Asked once per editor page; the browser answers at once, and only the first grant matters.
  persistence: (() => {
    const asked = requestPersistence();
    return () => asked;
  })(),
});

void settings.load();
localizePage('editorPageTitle');
render(<App editor={editor} desk={desk} settings={settings} archive={archive} backup={backup} />, document.getElementById('app')!);
void editor.load();
// Items clipped in the popup, and edits and settings changed in another editor tab, show up here at once.
onChanged(() => {
  void editor.reload();
  void settings.load();
  // The editor's reload already counts the items for the reminder; the Backup section reads its
  // own figures again only once it has been shown (it reads them itself when it opens).
  if (backup.store.get().status) void backup.load();
}, new AbortController().signal);
// Keep the toolbar badge's count in step with deletions made here.
onOwnChange(() => void run(draftItemCount).then(showDraftCount, () => undefined), new AbortController().signal);
// Typing is written within a quarter second; this only covers closing the tab inside that window.
addEventListener('pagehide', () => void editor.flush());
// Closing the tab while a write is failing (no room left, say) would lose that text: ask first.
addEventListener('beforeunload', (event) => {
  if (editor.store.get().save === 'failed') event.preventDefault();
});
