import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firefoxDriver } from '../harness/firefox-driver';
import { type LaunchedFirefox, launchFirefox } from '../harness/firefox-launch';
import { openExtensionPage } from '../harness/firefox-pages';
import { type ArticleServer, startServer } from '../harness/server';

/** "Save for later" in Firefox ESR: the link goes to the pool, and the editor's #collected lists it. */
const page = (title: string) => `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title><h1>${title}</h1>`;

let firefox: LaunchedFirefox;
let server: ArticleServer;

beforeAll(async () => {
  server = await startServer({ '/': page('Start'), '/maybe': page('A maybe for next week') });
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('the pool in Firefox ESR', () => {
  test('a page saved for later from the popup is listed under Collected', async () => {
    const driver = firefoxDriver(firefox, server.url('/'));
    const article = await driver.openArticle(server.url('/maybe'));
    const popup = await driver.openPopupOn(server.url('/maybe'));
    await expect.poll(() => popup.fieldValue('Title')).toBe('A maybe for next week');
    await popup.click('Save for later');
    await expect.poll(() => popup.text('[role="status"]')).toMatch(/^Saved for later/);
    await popup.close();
    await article.close();
    const editor = await openExtensionPage(firefox, server.url('/'), 'options/index.html#collected');
    await expect
      .poll(() => editor.evaluate(() => Array.from(document.querySelectorAll('.collected-links .collected-title'), (e) => e.textContent)))
      .toEqual(['A maybe for next week']);
    await editor.close();
  });
});
