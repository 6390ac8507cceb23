import type { Page } from 'puppeteer-core';
import type { CuratorDriver, ExtensionPage } from './curator-driver';
import { downloadedFile } from './firefox-downloads';
import type { LaunchedFirefox } from './firefox-launch';
import { clickButton, fieldValue, fill, named, openExtensionPage, openTab, pickEmoji, press, tabIdIn, textOf } from './firefox-pages';

/**
 * The curator driver for Firefox ESR. `launchpad` is a loopback page of the test's server: the
 * extension's pages are reached from it (firefox-pages.ts says why).
 */
export function firefoxDriver(firefox: LaunchedFirefox, launchpad: string): CuratorDriver {
  return {
    async openArticle(url) {
      const page = await openTab(firefox, url);
      return { close: () => page.close() };
    },
    async openPopupOn(articleUrl) {
      // An extension page asks `browser.tabs` for the article's tab (the editor: the popup would
      // clip its own tab); the popup is told it by `?tab=`, since "the active tab" is its own.
      const lookout = await openExtensionPage(firefox, launchpad, 'options/index.html');
      const tabId = await tabIdIn(lookout, articleUrl);
      await lookout.close();
      return firefoxPage(firefox, await openExtensionPage(firefox, launchpad, `popup/index.html?tab=${tabId}`));
    },
    async openEditor() {
      return firefoxPage(firefox, await openExtensionPage(firefox, launchpad, 'options/index.html'));
    },
  };
}

function firefoxPage(firefox: LaunchedFirefox, page: Page): ExtensionPage {
  return {
    fieldValue: (field) => fieldValue(page, field),
    fill: (field, text) => fill(page, field, text),
    focus: async (field) => (await named(page, 'field', field)).focus(),
    click: (button) => clickButton(page, button),
    type: (text) => page.keyboard.type(text),
    press: (key, ...modifiers) => press(page, key, ...modifiers),
    focusedId: () => page.evaluate(() => document.activeElement?.id || undefined),
    text: (selector) => textOf(page, selector),
    pickEmoji: (button, emoji, search) => pickEmoji(page, button, emoji, search),
    async download(button) {
      const { name, text } = await downloadedFile(firefox, () => clickButton(page, button));
      return { name, text };
    },
    close: () => page.close(),
  };
}
