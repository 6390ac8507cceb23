import { browser } from './browser';
import type { TabInfo } from './tabs';

/**
 * The highlighted tabs with their titles and URLs. Reading tabs other than the clicked one needs
 * the optional `tabs` permission, asked for here (from the curator's click) the first time only.
 * Null when the curator declines.
 */
export async function highlightedTabs(): Promise<TabInfo[] | null> {
  if (!(await browser.permissions.request({ permissions: ['tabs'] }))) return null;
  const tabs = await browser.tabs.query({ highlighted: true, currentWindow: true });
  return tabs.flatMap((tab) => (tab.id === undefined ? [] : [{ id: tab.id, title: tab.title ?? '', url: tab.url ?? '' }]));
}
