import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chooseFromContextMenu, inBrowserWindow, pressBrowserShortcut } from '../harness/firefox-chrome';
import { type LaunchedFirefox, launchFirefox } from '../harness/firefox-launch';
import { fieldValue, itemTitle, openExtensionPage, openTab } from '../harness/firefox-pages';
import { type ArticleServer, startServer } from '../harness/server';

/**
 * The right-click entries and the shortcuts in Firefox ESR: registered on install (through the
 * extension's own APIs), then used. The menu is opened by a real right-click and its entry chosen
 * in the browser window; the shortcuts are typed into the browser window
 * (test/e2e/harness/firefox-chrome.ts says how, and why not through the page).
 */

// The ids of src/platform/menus.ts (not imported: it loads the extension API, which Node lacks).
const MENU_ADD_PAGE = 'add-page';
const MENU_ADD_LINK = 'add-link';

// The `browser` global of the extension page the checks run in.
declare const browser: {
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
  contextMenus: { update(id: string, changes: object): Promise<void> };
};

const ARTICLE =
  '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Rollouts without fear | Example Blog</title>' +
  '<meta property="og:site_name" content="Example Blog"><h1>Rollouts without fear</h1>' +
  '<p>See <a id="link" href="https://example.com/posts/canaries?utm_source=feed&amp;id=4">canary releases, step by step</a>.</p>';

let firefox: LaunchedFirefox;
let server: ArticleServer;

beforeAll(async () => {
  server = await startServer({
    '/': '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Start</title>',
    '/article': ARTICLE,
  });
  firefox = await launchFirefox({ systemAccess: true });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('right-click entries and shortcuts, in Firefox ESR', () => {
  test('both right-click entries exist and both shortcuts get their suggested keys', async () => {
    const editor = await openExtensionPage(firefox, server.url('/'), 'options/index.html');
    const commands = await editor.evaluate(() => browser.commands.getAll());
    expect(Object.fromEntries(commands.map((command) => [command.name, command.shortcut ?? '']))).toEqual({
      _execute_action: 'Alt+Shift+K',
      'add-page': 'Alt+Shift+L',
    });
    // There is no API that lists an add-on's menu entries; updating one with no change succeeds
    // only if it exists (the last id shows that a missing entry is noticed).
    const found = await editor.evaluate(
      (ids) =>
        Promise.all(
          ids.map((id) =>
            browser.contextMenus.update(id, {}).then(
              () => 'exists',
              (error: Error) => error.message,
            ),
          ),
        ),
      [MENU_ADD_PAGE, MENU_ADD_LINK, 'no-such-entry'],
    );
    expect(found).toEqual(['exists', 'exists', 'Cannot find menu item with id no-such-entry']);
    await editor.close();
  });

  test('“Add page to issue” from a right-click on the page adds the page, its title cleaned', async () => {
    const article = await openTab(firefox, server.url('/article'));
    await chooseFromContextMenu(firefox, article, 'h1', 'Add page to issue');
    const editor = await openExtensionPage(firefox, server.url('/'), 'options/index.html');
    await expect.poll(() => itemTitle(editor, 1)).toBe('Rollouts without fear');
    expect(await fieldValue(editor, 'Item 1 URL')).toBe(server.url('/article'));
    await editor.close();
    await article.close();
  });

  test('“Add link to issue” from a right-click on a link adds the link with its text, its address cleaned', async () => {
    const article = await openTab(firefox, server.url('/article'));
    await chooseFromContextMenu(firefox, article, '#link', 'Add link to issue');
    const editor = await openExtensionPage(firefox, server.url('/'), 'options/index.html');
    await expect.poll(() => itemTitle(editor, 2)).toBe('canary releases, step by step');
    expect(await fieldValue(editor, 'Item 2 URL')).toBe('https://example.com/posts/canaries?id=4');
    await editor.close();
    await article.close();
  });

  test('Alt+Shift+L adds the page in the focused tab; Alt+Shift+K opens the popup', async () => {
    // The editor is open first: a tab opened while the command is on its way would be the one it clips.
    const editor = await openExtensionPage(firefox, server.url('/'), 'options/index.html');
    const article = await openTab(firefox, server.url('/article'));
    await article.bringToFront();
    await pressBrowserShortcut(firefox, 'L');
    // The draft's rows: the right-click added this page first; the shortcut adds it again.
    const rows = () => editor.evaluate(() => Array.from(document.querySelectorAll('.item-row .row-title'), (title) => title.textContent));
    await expect.poll(rows).toEqual(['Rollouts without fear', 'canary releases, step by step', 'Rollouts without fear']);
    await editor.close();
    await article.bringToFront();
    await pressBrowserShortcut(firefox, 'K');
    await expect.poll(() => openPopupAddress(firefox)).toBe(`moz-extension://${firefox.uuid}/popup/index.html`);
    await article.close();
  });
});

/** The address of the add-on popup open in a panel of the browser window (not in a tab), or null. */
const openPopupAddress = (firefox: LaunchedFirefox) =>
  inBrowserWindow<string | null>(
    firefox,
    `Array.from(document.querySelectorAll('browser'))
      .filter((browser) => !gBrowser.browsers.includes(browser))
      .map((browser) => browser.currentURI?.spec ?? '')
      .find((spec) => spec.includes('/popup/index.html')) ?? null`,
  );
