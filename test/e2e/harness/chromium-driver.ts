import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { CuratorDriver, ExtensionPage } from './curator-driver';
import type { LaunchedBrowser } from './launch';
import { openEditor, openPopupFor } from './pages';
import { tabIdFor } from './tabs';

/** The curator driver for Chromium (playwright-core), on a browser from `launchBrowser` or `useExtension`. */
export function chromiumDriver(browser: Pick<LaunchedBrowser, 'context' | 'extensionId'>): CuratorDriver {
  const { context, extensionId } = browser;
  return {
    async openArticle(url) {
      const page = await context.newPage();
      await page.goto(url);
      return { close: () => page.close() };
    },
    async openPopupOn(articleUrl) {
      const popup = await openPopupFor(context, extensionId, await tabIdFor(context, extensionId, articleUrl));
      return chromiumPage(popup);
    },
    async openEditor() {
      return chromiumPage(await openEditor(context, extensionId));
    },
  };
}

async function chromiumPage(page: Page): Promise<ExtensionPage> {
  // Key presses reach only the front tab, as for a person.
  await page.bringToFront();
  const field = (name: string) => page.getByLabel(name, { exact: true });
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  return {
    fieldValue: (name) => field(name).inputValue(),
    fill: (name, text) => field(name).fill(text),
    focus: (name) => field(name).focus(),
    click: (name) => button(name).click(),
    type: (text) => page.keyboard.type(text),
    press: (key, ...modifiers) => page.keyboard.press([...modifiers, key].join('+')),
    focusedId: () => page.evaluate(() => document.activeElement?.id || undefined),
    text: (selector) => page.evaluate((css) => document.querySelector(css)?.textContent ?? null, selector),
    async pickEmoji(name, emoji, search) {
      await button(name).click();
      await page.getByRole('combobox', { name: 'Search' }).fill(search);
      await page
        .getByRole('option', { name: new RegExp(`^${emoji}`, 'u') })
        .first()
        .click();
    },
    async download(name) {
      const download = page.waitForEvent('download');
      await button(name).click();
      const file = await download;
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    },
    close: () => page.close(),
  };
}
