import type { PopupDeps } from '../../popup/popup-store';
import { captureTab } from '../../src/platform/capture';
import { highlightedTabCount, highlightedTabs, openEditor, targetTab } from '../../src/platform/tabs';
import {
  addItem,
  type Connection,
  type CuratorDatabase,
  discardClipDraft,
  findFeatured,
  loadClipDraft,
  loadDraft,
  loadSettings,
  recentBlurbs,
  saveClipDraft,
  updateItem,
} from '../../src/storage';

/**
 * The popup's real dependencies, wired as popup/main.tsx wires them, over a given database (on
 * fake-indexeddb) and the in-memory browser fake: UI tests exercise the real storage and platform code.
 */
export function popupDeps(db: CuratorDatabase, tabParam: string | null = null): PopupDeps {
  return popupDepsOn({ run: (use) => use(db) }, tabParam);
}

/** The same, with every storage call made through `connection.run`, as the popup page does. */
export function popupDepsOn(connection: Pick<Connection, 'run'>, tabParam: string | null = null): PopupDeps {
  const { run } = connection;
  return {
    targetTab: () => targetTab(tabParam),
    captureTab,
    loadDraft: () => run((db) => loadDraft(db)),
    addItem: (fields) => run((db) => addItem(db, fields)),
    updateItem: (id, fields) => run((db) => updateItem(db, id, fields)),
    findFeatured: (url) => run((db) => findFeatured(db, url)),
    loadClipDraft: (pageUrl) => run((db) => loadClipDraft(db, pageUrl)),
    saveClipDraft: (pageUrl, draft) => run((db) => saveClipDraft(db, pageUrl, draft)),
    discardClipDraft: (pageUrl) => run((db) => discardClipDraft(db, pageUrl)),
    recentBlurbs: () => run((db) => recentBlurbs(db)),
    disabledRules: () => run(async (db) => (await loadSettings(db)).disabledRules),
    highlightedTabCount,
    highlightedTabs,
    openEditor,
  };
}
