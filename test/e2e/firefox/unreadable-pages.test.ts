import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { WAIT_TIMEOUT } from '../../timeouts';
import { type LaunchedFirefox, launchFirefox } from '../harness/firefox-launch';
import { fieldValue, openExtensionPage, tabIdIn, textOf } from '../harness/firefox-pages';
import { GRANT_WITHOUT_PANEL, grantOptional } from '../harness/grant-optional';
import { startHttpsServer } from '../harness/https-server';
import { localeMessage } from '../harness/locale-messages';
import { type ArticleServer, startServer } from '../harness/server';

/**
 * What the popup says on pages Firefox keeps every add-on out of: one of the browser's own
 * (`about:robots`), addons.mozilla.org, and a local file. Each keeps the tab's title and address
 * and says why in the words of `_locales/en`.
 *
 * - addons.mozilla.org is the real name, mapped to an HTTPS server on loopback by
 *   `network.dns.localDomains`; `extensions.webextensions.restrictedDomains` is left at its
 *   default, which lists it. A second name mapped to the same server is clipped as any page is,
 *   so what keeps the add-on out is the name alone.
 * - A toolbar click's `activeTab` grant cannot be given by automation; the optional `tabs`
 *   permission and the host permissions are granted instead (without their panel: GRANT_WITHOUT_PANEL),
 *   so the popup sees each tab's address and may script any site, as after that click.
 * - WebDriver BiDi opens `about:` pages only with Firefox's `--remote-allow-system-access`.
 */
const STORE = 'addons.mozilla.org';
const LOOKALIKE = 'curator-test.example';

let firefox: LaunchedFirefox;
let server: ArticleServer;
let https: Awaited<ReturnType<typeof startHttpsServer>>;
let fileDir: string;

beforeAll(async () => {
  server = await startServer({ '/': '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Start</title>' });
  https = await startHttpsServer({
    '/en-US/firefox/': '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Add-ons for Firefox</title><h1>Add-ons</h1>',
  });
  fileDir = mkdtempSync(join(tmpdir(), 'curator-local-file-'));
  writeFileSync(join(fileDir, 'notes.html'), '<!doctype html><meta charset="utf-8"><title>My local notes</title><h1>Notes</h1>');
  firefox = await launchFirefox({
    systemAccess: true,
    acceptInsecureCerts: true,
    prefs: { ...GRANT_WITHOUT_PANEL, 'network.dns.localDomains': `${STORE},${LOOKALIKE}` },
  });
  const editor = await openExtensionPage(firefox, server.url('/'), 'options/index.html');
  expect(await grantOptional(editor, { permissions: ['tabs'], origins: ['http://*/*', 'https://*/*'] })).toBe(true);
  await editor.close();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  await https?.close();
  if (fileDir) rmSync(fileDir, { recursive: true, force: true });
});

/**
 * A tab on `url`. Puppeteer never hears that an `about:` page loaded (it opens in Firefox's
 * privileged process, away from the tab's first one), so its navigation is not awaited: the tab is
 * found through `browser.tabs` once it shows the page.
 */
async function tabOn(url: string) {
  const tab = await firefox.browser.newPage();
  const navigation = tab.goto(url).catch(() => undefined);
  if (!url.startsWith('about:')) await navigation;
  return tab;
}

/** The popup on the tab showing `url`: its Title, URL and the warning under them. */
async function popupOn(url: string) {
  const tab = await tabOn(url);
  const lookout = await openExtensionPage(firefox, server.url('/'), 'options/index.html');
  const tabId = await vi.waitFor(() => tabIdIn(lookout, url), { timeout: WAIT_TIMEOUT, interval: 200 });
  await lookout.close();
  const popup = await openExtensionPage(firefox, server.url('/'), `popup/index.html?tab=${tabId}`);
  await expect.poll(() => fieldValue(popup, 'URL')).toBe(url);
  const shown = { title: await fieldValue(popup, 'Title'), warning: await textOf(popup, '.details .note.warn') };
  await popup.close();
  await tab.close();
  return shown;
}

const unreadable = (reason: string) => localeMessage('en', 'tabFieldsUsed', localeMessage('en', reason));

describe('pages add-ons may not read, in Firefox ESR', () => {
  test('a browser page (about:robots) keeps the tab’s title and address, with a warning', async () => {
    const shown = await popupOn('about:robots');
    expect(shown.title).toBe('Gort! Klaatu barada nikto!');
    expect(shown.warning).toMatch(new RegExp(`${localeMessage('en', 'tabFieldsUsed', '')}$`));
  });

  // Firefox answers `scripting.executeScript` on about:robots with `[null]` instead of rejecting;
  // src/platform/capture.ts then gives the reason the address says, as for Chromium's refusal.
  test('a browser page (about:robots) says browser pages cannot be read', async () => {
    expect((await popupOn('about:robots')).warning).toBe(unreadable('unreadableBrowserPage'));
  });

  test('addons.mozilla.org, by its name alone, says the browser protects its store', async () => {
    const store = `https://${STORE}:${https.port}/en-US/firefox/`;
    expect(await popupOn(store)).toEqual({ title: 'Add-ons for Firefox', warning: unreadable('unreadableExtensionStore') });
    // The same server under another name is read as any page: the title is the page's, no warning.
    expect(await popupOn(`https://${LOOKALIKE}:${https.port}/en-US/firefox/`)).toEqual({ title: 'Add-ons for Firefox', warning: null });
  });

  // The reason says Firefox lets no extension read local files, and names Chromium's switch.
  test('a local file keeps the tab’s title and says local files cannot be read', async () => {
    const file = pathToFileURL(join(fileDir, 'notes.html')).href;
    expect(await popupOn(file)).toEqual({ title: 'My local notes', warning: unreadable('unreadableLocalFile') });
  });
});
