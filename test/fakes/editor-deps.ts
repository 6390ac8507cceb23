import type { DeskDeps } from '../../options/sections/draft/desk-store';
import type { EditorDeps } from '../../options/sections/draft/editor-store';
import type { SettingsDeps } from '../../options/sections/settings/settings-store';
import {
  addItem,
  addPooledToDraft,
  archivedIssueRef,
  archiveTip,
  type CuratorDatabase,
  deleteItem,
  findFeatured,
  loadDraft,
  loadSettings,
  moveItem,
  publishDraft,
  recentIssues,
  returnItemToPool,
  saveSettings,
  updateDraft,
  updateItem,
} from '../../src/storage';

/** The editor store's draft deps on a real (fake-indexeddb) database, as the editor page wires them. */
export function editorDeps(db: CuratorDatabase): EditorDeps {
  return {
    loadDraft: () => loadDraft(db),
    updateDraft: (id, patch) => updateDraft(db, id, patch),
    updateItem: (id, patch) => updateItem(db, id, patch),
    deleteItem: (id) => deleteItem(db, id),
    moveItem: (id, to, section) => moveItem(db, id, to, section),
    archivedIssueRef: (number) => archivedIssueRef(db, number),
    archiveTip: () => archiveTip(db),
  };
}

/** The desk store's deps on the same kind of database. */
export function deskDeps(db: CuratorDatabase): DeskDeps {
  return {
    addItem: (fields) => addItem(db, fields),
    moveItem: (id, to) => moveItem(db, id, to),
    findFeatured: (url) => findFeatured(db, url),
    recentIssues: () => recentIssues(db),
    publishDraft: () => publishDraft(db),
    returnItemToPool: (id) => returnItemToPool(db, id),
    addPooledToDraft: (ids, position) => addPooledToDraft(db, ids, position),
  };
}

/** The settings store's deps on the same kind of database. */
export function settingsDeps(db: CuratorDatabase): SettingsDeps {
  return { loadSettings: () => loadSettings(db), saveSettings: (changed) => saveSettings(db, changed) };
}
