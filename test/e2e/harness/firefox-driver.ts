import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { vi } from 'vitest';
import { WAIT_TIMEOUT } from '../../timeouts';
import type { CuratorDriver, ExtensionPage } from './curator-driver';
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
      const before = new Set(readdirSync(firefox.downloadDir));
      await clickButton(page, button);
      // Firefox writes into `<name>.part` and renames it when done.
      const name = await vi.waitFor(
        () => {
          const now = readdirSync(firefox.downloadDir);
          const added = now.filter((entry) => !before.has(entry) && !entry.endsWith('.part'));
          if (added.length !== 1 || now.some((entry) => entry.endsWith('.part'))) throw new Error(`Download not finished: ${now.join(', ')}`);
          return added[0]!;
        },
        { timeout: WAIT_TIMEOUT, interval: 100 },
      );
      return { name, text: readFileSync(join(firefox.downloadDir, name), 'utf8') };
    },
    close: () => page.close(),
  };
}
