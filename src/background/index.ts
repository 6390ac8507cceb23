// The service worker: it only wires browser events to handlers and holds no state. Listeners are
// registered synchronously at top level, so an event that wakes the worker finds them.

import { showDraftCount } from '../platform/badge';
import { browser } from '../platform/browser';
import { useBrowserMessages } from '../platform/i18n';
import { createMenus, MENU_ADD_LINK, MENU_ADD_PAGE } from '../platform/menus';
import { openWelcomePage } from '../platform/shortcuts';
import { draftItemCount, loadSettings, loadSyncSettings, openCuratorDb } from '../storage';
// Static on purpose: Chromium refuses import() in a service worker, so the sync's code (isomorphic-git)
// is part of the worker; it only runs when the alarm fires.
import { syncInBackground } from '../sync/sync-in-background';
import { addLink, addPage } from './quick-add';
import { onSyncAlarm, scheduleSync } from './sync-alarm';

useBrowserMessages();

/** The badge text does not survive a browser restart; put the count back. */
async function restoreBadge() {
  const db = await openCuratorDb();
  await showDraftCount(await draftItemCount(db));
  db.close();
}

/** The right-click entries, named for where the setting puts a link (issue or pool). */
async function menusForSetting() {
  const db = await openCuratorDb();
  const { quickTarget } = await loadSettings(db).finally(() => db.close());
  await createMenus(quickTarget);
}

/** A sync on the timer, on a connection of its own for its length. */
async function backgroundSync() {
  const db = await openCuratorDb();
  return syncInBackground(db).finally(() => db.close());
}

/** Whether the curator has set sync up (Settings → Sync). */
async function syncIsSetUp() {
  const db = await openCuratorDb();
  return (await loadSyncSettings(db).finally(() => db.close())) !== null;
}

browser.runtime.onInstalled.addListener(({ reason }) => {
  void menusForSetting().catch(() => createMenus());
  void restoreBadge();
  void scheduleSync(syncIsSetUp).catch(() => undefined);
  // The first-run page, once, for a person: not under automation (tests open their own pages).
  if (reason === 'install' && !navigator.webdriver) void openWelcomePage();
});
browser.runtime.onStartup.addListener(() => {
  void restoreBadge();
  void scheduleSync(syncIsSetUp).catch(() => undefined);
  void menusForSetting().catch(() => undefined);
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  const done =
    info.menuItemId === MENU_ADD_PAGE ? addPage(tab) : info.menuItemId === MENU_ADD_LINK && info.linkUrl ? addLink(info.linkUrl, info.linkText, tab) : null;
  // The setting may have changed since the entries were named: the next right-click says where it goes.
  void done?.then(menusForSetting).catch(() => undefined);
});

browser.alarms.onAlarm.addListener(onSyncAlarm(backgroundSync));

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'add-page') void addPage(tab);
});
