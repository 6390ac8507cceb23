import type { PopupDeps } from '../../popup/popup-state';
import { captureTab } from '../../src/platform/capture';
import { highlightedTabs } from '../../src/platform/highlighted-tabs';
import { highlightedTabCount, openEditor, targetTab } from '../../src/platform/tabs';
import {
  addItem,
  type Connection,
  type CuratorDatabase,
  discardClipDraft,
  findFeatured,
  loadClipDraft,
  loadDraft,
  loadEmojiHistory,
  loadSettings,
  saveClipDraft,
  saveEmojiHistory,
  saveForLater,
  updateItem,
} from '../../src/storage';
import { bindStorage } from '../../src/storage/bind-storage';
import { errorText } from '../../src/ui/error-text';

/**
 * The popup's real dependencies, wired as popup/main.tsx wires them, over a given database (on
 * fake-indexeddb) and the in-memory browser fake: UI tests exercise the real storage and platform code.
 */
export function popupDeps(db: CuratorDatabase, tabParam: string | null = null): PopupDeps {
  return popupDepsOn({ run: (use) => use(db) }, tabParam);
}

/** The same, with every storage call bound to `connection`, as the popup page binds them. */
export function popupDepsOn(connection: Pick<Connection, 'run'>, tabParam: string | null = null): PopupDeps {
  const storage = bindStorage(connection, {
    loadDraft,
    addItem,
    updateItem,
    findFeatured,
    loadClipDraft,
    saveClipDraft,
    discardClipDraft,
    loadEmojiHistory,
    saveEmojiHistory,
    loadSettings,
    saveForLater,
  });
  return {
    ...storage,
    disabledRules: async () => (await storage.loadSettings()).disabledRules,
    targetTab: () => targetTab(tabParam),
    captureTab,
    highlightedTabCount,
    highlightedTabs,
    openEditor,
    errorText,
  };
}
