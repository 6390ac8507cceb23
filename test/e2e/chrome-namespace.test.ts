import { beforeAll, describe, expect, it } from 'vitest';
import { siteNamePost } from './harness/articles';
import { openEditor, openPopupFor } from './harness/pages';
import { startServer } from './harness/server';
import { tabIdFor } from './harness/tabs';
import { useExtension } from './harness/use-extension';
import { useServer } from './harness/use-server';

/**
 * src/platform/browser.ts loads webextension-polyfill where a browser has no `browser` namespace
 * (Chrome before 148; 116 is the minimum). Chromium here has both, so these pages run with
 * `browser` taken away before their code starts: the popup reads the tab, runs the capture,
 * opens storage and adds the item, and the editor shows it, through the polyfill's wrapper of
 * `chrome.*`. The service worker is not covered: init scripts do not reach it.
 */
const server = useServer(() => startServer({ [siteNamePost.path]: siteNamePost.html }));
const browser = useExtension();

declare global {
  interface Window {
    /** Set by the init script below: whether the page's code found no `browser` namespace. */
    __withoutBrowser?: boolean;
    chrome: { tabs: unknown };
  }
}

beforeAll(async () => {
  await browser.context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    delete (globalThis as { browser?: unknown }).browser;
    window.__withoutBrowser = typeof (globalThis as { browser?: unknown }).browser === 'undefined';
  });
});

/**
 * Whether `page` runs on webextension-polyfill: its script is in the page, and `browser` is now the
 * polyfill's wrapper (its `tabs` a proxy of `chrome.tabs`, never `chrome.tabs` itself).
 */
async function runsOnPolyfill(page: import('playwright-core').Page) {
  await page.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser === 'object');
  return page.evaluate(() => ({
    loaded: [...document.scripts].some((script) => /\/assets\/browser-polyfill[\w.-]*\.js(\?|$)/.test(script.src)),
    wrapped: (globalThis as unknown as { browser: { tabs: unknown } }).browser.tabs !== window.chrome.tabs,
  }));
}

describe('extension pages on chrome.* alone', () => {
  it('the popup clips and adds a page, and the editor shows it in the markdown', async () => {
    const article = await browser.context.newPage();
    await article.goto(server().url(siteNamePost.path));
    const popup = await openPopupFor(browser.context, browser.extensionId, await tabIdFor(browser.context, browser.extensionId, article.url()));
    expect(await popup.evaluate(() => window.__withoutBrowser)).toBe(true);
    expect(await runsOnPolyfill(popup)).toEqual({ loaded: true, wrapped: true });
    // The site name comes off the title only when the injected capture read og:site_name.
    await expect.poll(() => popup.getByLabel('Title', { exact: true }).inputValue()).toBe('Operators in depth');
    await popup.getByLabel('Commentary').fill('Ingress, graduated 🚪');
    await popup.getByRole('button', { name: 'Add to issue' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/^Added to issue #1/);

    const editor = await openEditor(browser.context, browser.extensionId);
    expect(await editor.evaluate(() => window.__withoutBrowser)).toBe(true);
    expect(await runsOnPolyfill(editor)).toEqual({ loaded: true, wrapped: true });
    const markdown = editor.getByRole('region', { name: 'Markdown' });
    // The item in Kubelist's format (its layout is tested against the archive elsewhere).
    await expect.poll(() => markdown.textContent()).toContain(`1. [Operators in depth](${server().url(siteNamePost.path)})\n\n    Ingress, graduated 🚪\n`);
    browser.errors.stop();
    expect(browser.errors.messages).toEqual([]);
  });
});
