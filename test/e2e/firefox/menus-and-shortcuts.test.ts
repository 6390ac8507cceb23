import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LaunchedFirefox, launchFirefox } from '../harness/firefox-launch';
import { openExtensionPage } from '../harness/firefox-pages';
import { type ArticleServer, startServer } from '../harness/server';

/**
 * What the event page sets up when Firefox installs the add-on: both right-click entries, and
 * both shortcuts bound to their suggested keys (Firefox, like Chromium, leaves a command unbound
 * when it keeps the key for itself). Automation cannot open a right-click menu or press a
 * browser shortcut, so this checks what is registered, through the extension's own APIs.
 */

// The ids of src/background/menus.ts (not imported: it loads the extension API, which Node lacks).
const MENU_ADD_PAGE = 'add-page';
const MENU_ADD_LINK = 'add-link';

// The `browser` global of the extension page the checks run in.
declare const browser: {
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
  contextMenus: { update(id: string, changes: object): Promise<void> };
};

let firefox: LaunchedFirefox;
let server: ArticleServer;

beforeAll(async () => {
  server = await startServer({ '/': '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Start</title>' });
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('on install, in Firefox ESR', () => {
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
});
