// biome-ignore assist/source/organizeImports: first on purpose, so the tab lookup goes out before the rest of the popup's code runs (tab-request.ts).
import { tabRequest } from './tab-request';
import { render } from 'preact';
import { polyfillIfNeeded } from '../src/platform/browser';
import { localizePage, useBrowserMessages } from '../src/platform/i18n';
import { t } from '../src/text/t';
import { highlightedTabCount, openEditor } from '../src/platform/tabs';
import { bindStorageOnFirstUse } from '../src/storage/bind-storage';
import { afterNextPaint } from '../src/ui/after-next-paint';
import { errorMessage } from '../src/core/error-message';
import { App } from './App';
import { createPopupStore } from './popup-store';

// webextension-polyfill where the browser has no `browser` namespace (src/platform/browser.ts).
void polyfillIfNeeded();
// Before anything is worded: every `t` on this page speaks the browser's language.
useBrowserMessages();

// Storage (idb and the repository) loads on first use, after first paint: the title and URL
// never wait for it. Its calls run on the popup's one connection: reopened if the browser closed
// it; closed, after saving the half-written blurb, when another tab upgrades the schema.
const storageModule = () => import('../src/storage/popup-functions');
// Until storage is there, nothing can fail in a way only its wording knows.
let wordError: (error: unknown) => string = errorMessage;
const storage = bindStorageOnFirstUse(async () => {
  const [functions, words] = await Promise.all([storageModule(), import('../src/ui/error-text')]);
  wordError = words.errorText;
  const connection = functions.createConnection({
    beforeClose: () => popup.flush(),
    closedForUpgrade: () => popup.store.set({ status: t('updatedElsewherePopup') }),
    blocked: () => popup.store.set({ status: t('blockedPopup') }),
  });
  return { functions, connection };
}, [
  'loadDraft',
  'addItem',
  'saveForLater',
  'updateItem',
  'findFeatured',
  'loadClipDraft',
  'saveClipDraft',
  'discardClipDraft',
  'loadEmojiHistory',
  'saveEmojiHistory',
  'loadSettings',
  'draftItemCount',
]);

const popup = createPopupStore({
  ...storage,
  disabledRules: async () => (await storage.loadSettings()).disabledRules,
  targetTab: () => tabRequest,
  // The capture script and its checks load after first paint: the tab's title and URL come first.
  captureTab: async (tabId, tabUrl) => (await import('../src/platform/capture')).captureTab(tabId, tabUrl),
  highlightedTabCount,
  openEditor,
  painted: afterNextPaint,
  errorText: (error) => wordError(error),
});

localizePage('popupHeading');
// The tab lookup went out first (tab-request.ts); the form renders while it is under way, and the
// title and URL fill in as it answers.
void popup.start();
render(<App popup={popup} />, document.getElementById('app')!);

// Every edit is written as it is made; a write that failed gets one more try as the popup goes away.
addEventListener('pagehide', () => void popup.flush());
document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void popup.flush());

// Keep the toolbar badge's count in step with what this page adds, and the draft shown in step
// with what other pages (an editor tab) change. Storage loads once the tab's title and URL are
// painted: not after the first frame, which may show the form still empty, as a fetch started
// then would delay the frame that fills it.
void tabRequest
  .then(afterNextPaint, afterNextPaint)
  .then(() => Promise.all([storageModule(), import('../src/platform/badge')]))
  .then(([{ onOwnChange, onChanged }, { showDraftCount }]) => {
    onOwnChange(() => void storage.draftItemCount().then(showDraftCount, () => undefined), new AbortController().signal);
    onChanged(() => void popup.refreshDraft(), new AbortController().signal);
  })
  .catch(() => undefined); // the popup already says why storage failed
