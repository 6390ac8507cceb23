import type { PopupDeps } from '../../popup/popup-store';
import { captureTab } from '../../src/platform/capture';
import { highlightedTabCount, highlightedTabs, openEditor, targetTab } from '../../src/platform/tabs';
import {
  addItem,
  type CuratorDatabase,
  discardClipDraft,
  findFeatured,
  loadClipDraft,
  loadDraft,
  loadSettings,
  recentBlurbs,
  saveClipDraft,
} from '../../src/storage';

/**
 * The popup's real dependencies, wired as popup/main.tsx wires them, over a given database (on
 * fake-indexeddb) and the in-memory browser fake: UI tests exercise the real storage and platform code.
 */
export function popupDeps(db: CuratorDatabase, tabParam: string | null = null): PopupDeps {
  return {
    targetTab: () => targetTab(tabParam),
    captureTab,
    loadDraft: () => loadDraft(db),
    addItem: (fields) => addItem(db, fields),
    findFeatured: (url) => findFeatured(db, url),
    loadClipDraft: (pageUrl) => loadClipDraft(db, pageUrl),
    saveClipDraft: (pageUrl, draft) => saveClipDraft(db, pageUrl, draft),
    discardClipDraft: (pageUrl) => discardClipDraft(db, pageUrl),
    recentBlurbs: () => recentBlurbs(db),
    disabledRules: async () => (await loadSettings(db)).disabledRules,
    highlightedTabCount,
    highlightedTabs,
    openEditor,
  };
}
