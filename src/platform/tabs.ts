import { t } from '../text/t';
import { browser } from './browser';

export interface TabInfo {
  id: number;
  title: string;
  url: string;
}

/**
 * The tab to clip: the one named by `?tab=` (the e2e tests and "clip this tab" links use it),
 * else the active tab of the current window. Needs no host permission: the popup's `activeTab`
 * grant makes the tab's title and URL visible.
 */
export async function targetTab(tabParam: string | null): Promise<TabInfo> {
  const id = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;
  const tab = id !== undefined ? await browser.tabs.get(id) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab || tab.id === undefined) throw new Error(t('noTabToClip'));
  return { id: tab.id, title: tab.title ?? '', url: tab.url ?? '' };
}

/** Opens the issue editor (the options page) in a tab. */
export function openEditor(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/** How many tabs are highlighted (Shift/Ctrl-clicked) in the current window; needs no permission. */
export async function highlightedTabCount(): Promise<number> {
  return (await browser.tabs.query({ highlighted: true, currentWindow: true })).length;
}
