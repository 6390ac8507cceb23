import { browser } from '../platform/browser';
import { t } from '../text/t';

export const MENU_ADD_PAGE = 'add-page';
export const MENU_ADD_LINK = 'add-link';

/** Right-click entries. Created on install/update; Chrome keeps them across restarts. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ADD_PAGE, title: t('menuAddPage'), contexts: ['page'] });
  browser.contextMenus.create({ id: MENU_ADD_LINK, title: t('menuAddLink'), contexts: ['link'] });
}
