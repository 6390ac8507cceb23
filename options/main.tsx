import { render } from 'preact';
import { showDraftCount } from '../src/platform/badge';
import { polyfillIfNeeded } from '../src/platform/browser';
import { localizePage, useBrowserMessages } from '../src/platform/i18n';
import { createConnection, draftItemCount, onChanged, onOwnChange } from '../src/storage';
import { App } from './App';
import { composeStores } from './compose-stores';
import { openPrefs } from './sections/draft/view-prefs';
import { StoresContext } from './use-stores';

// webextension-polyfill where the browser has no `browser` namespace (src/platform/browser.ts).
void polyfillIfNeeded();
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
const stores = composeStores(connection);
const { editor, settings, backup, sync } = stores;

void settings.load();
// The draft is asked for before anything renders: the first render reads the view preferences,
// whose storage the browser answers synchronously, and IndexedDB can work meanwhile.
void editor.load();
openPrefs();
localizePage('editorPageTitle');
render(
  <StoresContext.Provider value={stores}>
    <App />
  </StoresContext.Provider>,
  document.getElementById('app')!,
);
// Items clipped in the popup, and edits and settings changed in another editor tab, show up here at once.
onChanged(() => {
  void editor.reload();
  void settings.load();
  // The editor's reload already counts the items for the reminder; the Backup section reads its
  // own figures again only once it has been shown (it reads them itself when it opens).
  if (backup.store.get().status) void backup.load();
}, new AbortController().signal);
// Keep the toolbar badge's count in step with deletions made here.
onOwnChange(() => void connection.run(draftItemCount).then(showDraftCount, () => undefined), new AbortController().signal);
// With sync set up: a sync now, and after each pause in the curator's changes (here or in the popup); the
// worker's alarm syncs every few minutes, and what a sync wrote elsewhere needs no sync from here, only its outcome shown.
sync.start();
onOwnChange(() => sync.changed(), new AbortController().signal);
onChanged((cause) => (cause === 'sync' ? void sync.backgroundSynced() : sync.changed()), new AbortController().signal);
// Typing is written within a quarter second; this only covers closing the tab inside that window.
addEventListener('pagehide', () => void editor.flush());
// Closing the tab while a write is failing (no room left, say) would lose that text: ask first.
addEventListener('beforeunload', (event) => {
  if (editor.store.get().save === 'failed') event.preventDefault();
});
