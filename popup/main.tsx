import { render } from 'preact';
import { captureTab } from '../src/platform/capture';
import { showDraftCount } from '../src/platform/badge';
import { highlightedTabCount, highlightedTabs, openEditor, targetTab } from '../src/platform/tabs';
import { App } from './App';
import { createPopupStore } from './popup-store';

// Storage (idb and the repository) loads after first paint: the title and URL never wait for it.
let storage: Promise<[typeof import('../src/storage'), import('../src/storage').CuratorDatabase]> | undefined;
function openStorage() {
  storage ??= import('../src/storage').then(async (module) => [module, await module.openCuratorDb()]);
  return storage;
}

const popup = createPopupStore({
  targetTab: () => targetTab(new URLSearchParams(location.search).get('tab')),
  captureTab,
  loadDraft: async () => {
    const [{ loadDraft }, db] = await openStorage();
    return loadDraft(db);
  },
  addItem: async (fields) => {
    const [{ addItem }, db] = await openStorage();
    return addItem(db, fields);
  },
  findFeatured: async (url) => {
    const [{ findFeatured }, db] = await openStorage();
    return findFeatured(db, url);
  },
  loadClipDraft: async (pageUrl) => {
    const [{ loadClipDraft }, db] = await openStorage();
    return loadClipDraft(db, pageUrl);
  },
  saveClipDraft: async (pageUrl, draft) => {
    const [{ saveClipDraft }, db] = await openStorage();
    return saveClipDraft(db, pageUrl, draft);
  },
  discardClipDraft: async (pageUrl) => {
    const [{ discardClipDraft }, db] = await openStorage();
    return discardClipDraft(db, pageUrl);
  },
  recentBlurbs: async () => {
    const [{ recentBlurbs }, db] = await openStorage();
    return recentBlurbs(db);
  },
  highlightedTabCount,
  highlightedTabs,
  openEditor,
});

render(<App popup={popup} />, document.getElementById('app')!);
void popup.start();

// Keep the toolbar badge's count in step with what this page adds.
void openStorage().then(([{ onOwnChange, draftItemCount }, db]) =>
  onOwnChange(() => void draftItemCount(db).then(showDraftCount), new AbortController().signal),
);
