import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eventPageStopped, pressBrowserShortcut } from '../harness/firefox-chrome';
import { firefoxDriver } from '../harness/firefox-driver';
import { type LaunchedFirefox, launchFirefox } from '../harness/firefox-launch';
import { itemTitle, openExtensionPage, openTab } from '../harness/firefox-pages';
import { type ArticleServer, startServer } from '../harness/server';

/**
 * Firefox unloads an idle event page (here after a second: `extensions.background.idle.timeout`)
 * and starts it again for the next event it listens to. The test waits until Firefox reports the
 * page stopped (its `backgroundState`, read in the browser window), then clips: through the popup,
 * which needs no event page, and through the add-page shortcut, which only the event page answers.
 */
const page = (title: string) => `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title><h1>${title}</h1>`;

let firefox: LaunchedFirefox;
let server: ArticleServer;

beforeAll(async () => {
  server = await startServer({ '/': page('Start'), '/first': page('Clipped through the popup'), '/second': page('Clipped by the shortcut') });
  firefox = await launchFirefox({ systemAccess: true, prefs: { 'extensions.background.idle.timeout': 1000 } });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('the event page unloaded in Firefox ESR', () => {
  test('the next clip through the popup still arrives', async () => {
    await eventPageStopped(firefox);
    const driver = firefoxDriver(firefox, server.url('/'));
    const article = await driver.openArticle(server.url('/first'));
    const popup = await driver.openPopupOn(server.url('/first'));
    await expect.poll(() => popup.fieldValue('Title')).toBe('Clipped through the popup');
    await popup.click('Add to issue');
    await expect.poll(() => popup.text('[role="status"]')).toBe('Added to issue #1 as item 1.');
    await popup.close();
    await article.close();
  });

  test('the add-page shortcut starts it again, and it adds the page', async () => {
    // The editor is open before the key is pressed: Firefox hands the woken page the tab that is
    // active when it delivers the command, so a tab opened meanwhile would be the one clipped.
    const editor = await openExtensionPage(firefox, server.url('/'), 'options/index.html');
    const article = await openTab(firefox, server.url('/second'));
    await article.bringToFront();
    await eventPageStopped(firefox);
    await pressBrowserShortcut(firefox, 'L');
    await expect.poll(() => itemTitle(editor, 2)).toBe('Clipped by the shortcut');
    expect(await itemTitle(editor, 1)).toBe('Clipped through the popup');
    await editor.close();
    await article.close();
  });
});
