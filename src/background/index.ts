// The service worker: it only wires browser events to handlers and holds no state. Listeners are
// registered synchronously at top level, so an event that wakes the worker finds them.

import { showDraftCount } from '../platform/badge';
import { browser } from '../platform/browser';
import { useBrowserMessages } from '../platform/i18n';
import { openWelcomePage } from '../platform/shortcuts';
import { draftItemCount, openCuratorDb } from '../storage';
import { createMenus, MENU_ADD_LINK, MENU_ADD_PAGE } from './menus';
import { addLink, addPage } from './quick-add';

useBrowserMessages();

/** The badge text does not survive a browser restart; put the count back. */
async function restoreBadge() {
  const db = await openCuratorDb();
  await showDraftCount(await draftItemCount(db));
  db.close();
}

browser.runtime.onInstalled.addListener(({ reason }) => {
  void createMenus();
  void restoreBadge();
  // The first-run page, once, for a person: not under automation (tests open their own pages).
  if (reason === 'install' && !navigator.webdriver) void openWelcomePage();
});
browser.runtime.onStartup.addListener(() => void restoreBadge());

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ADD_PAGE) void addPage(tab);
  if (info.menuItemId === MENU_ADD_LINK && info.linkUrl) void addLink(info.linkUrl, info.linkText, tab);
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'add-page') void addPage(tab);
});
