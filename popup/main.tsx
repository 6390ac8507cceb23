import { render } from 'preact';
import { captureTab } from '../src/platform/capture';
import { openEditor, targetTab } from '../src/platform/tabs';
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
  openEditor,
});

render(<App popup={popup} />, document.getElementById('app')!);
void popup.start();
