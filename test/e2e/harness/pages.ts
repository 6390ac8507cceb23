import type { BrowserContext, Page } from 'playwright-core';

/**
 * The popup, opened as an ordinary tab on a given target tab. Automation cannot click the
 * toolbar button, so `?tab=` tells the popup which tab to clip instead of "the active tab"
 * (which would be the popup's own tab here).
 */
export async function openPopupFor(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup/index.html?tab=${tabId}`);
  return page;
}

/** The issue editor (the options page, which opens in a tab in real use too). */
export async function openEditor(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options/index.html`);
  return page;
}
