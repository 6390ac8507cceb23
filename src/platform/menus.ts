import type { QuickTarget } from '../core/model';
import { t } from '../text/t';
import { browser } from './browser';

export const MENU_ADD_PAGE = 'add-page';
export const MENU_ADD_LINK = 'add-link';

/** The entries' words for where the setting puts a link. */
const titles = (target: QuickTarget) =>
  target === 'pool' ? { page: t('menuSavePage'), link: t('menuSaveLink') } : { page: t('menuAddPage'), link: t('menuAddLink') };

/** Right-click entries, named for where they put a link. Created on install/update; Chrome keeps them across restarts. */
export async function createMenus(target: QuickTarget = 'issue'): Promise<void> {
  const { page, link } = titles(target);
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ADD_PAGE, title: page, contexts: ['page'] });
  browser.contextMenus.create({ id: MENU_ADD_LINK, title: link, contexts: ['link'] });
}

/**
 * Renames the entries for a new setting, from the page where it was changed: the next right-click
 * says where the link goes, without waiting for the worker. Entries that are missing (never
 * created, or removed) are created.
 */
export async function nameMenus(target: QuickTarget): Promise<void> {
  const { page, link } = titles(target);
  try {
    await browser.contextMenus.update(MENU_ADD_PAGE, { title: page });
    await browser.contextMenus.update(MENU_ADD_LINK, { title: link });
  } catch {
    await createMenus(target);
  }
}
