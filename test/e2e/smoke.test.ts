import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { articlePages, ebpfTracing, gatewayApi } from './harness/articles';
import { watchScriptWorlds } from './harness/extension-worlds';
import { type LaunchedBrowser, launchBrowser } from './harness/launch';
import { watchPageErrors } from './harness/page-errors';
import { openEditor, openPopupFor } from './harness/pages';
import { startServer } from './harness/server';
import { buildStoreExtension } from './harness/store-build';
import { tabIdFor } from './harness/tabs';
import { useExtension } from './harness/use-extension';
import { useServer } from './harness/use-server';

/**
 * Smoke: the built extension loads in real Chromium, its pages render without errors, and it
 * keeps its promise of running nothing on pages that were not clipped. Everything heavier
 * (clipping, editing, exporting) lives in the flow tests; this file should fail only when
 * something basic broke.
 */

// The `chrome` global of the extension pages that the checks below are evaluated in.
declare const chrome: {
  scripting: { executeScript(injection: object): Promise<Array<{ result?: unknown }>> };
  permissions: { getAll(): Promise<{ origins?: string[]; permissions?: string[] }> };
  runtime: { getManifest(): { name: string } };
};

const server = useServer(() => startServer(articlePages()));
const browser = useExtension();

/** Extension pages render asynchronously; wait until the app mounted and went quiet. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(250); // let async start-up (storage, tab lookup) throw if it will
}

describe('manifests', () => {
  test('the computed extension id serves the e2e manifest, which declares no content scripts', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
    expect(response?.status()).toBe(200);
    const manifest = JSON.parse((await response?.text()) ?? '{}') as Record<string, unknown>;
    // The name comes from _locales: the file names the message, the browser shows its text.
    expect(manifest.name).toBe('__MSG_extName__');
    expect(await page.evaluate(() => chrome.runtime.getManifest().name)).toBe('Kubelist Curator');
    // Capture runs on demand through scripting.executeScript; nothing may run on every page.
    expect(manifest).not.toHaveProperty('content_scripts');
    await page.close();
  });

  test('the store build is granted no host at install and declares no content scripts', async () => {
    const store = await buildStoreExtension();
    let installed: LaunchedBrowser | undefined;
    try {
      expect(store.manifest).not.toHaveProperty('host_permissions');
      expect(store.manifest).not.toHaveProperty('content_scripts');
      // Nor a host pattern hidden among the API permissions, asked up front or optionally.
      const asked = [store.manifest.permissions, store.manifest.optional_permissions].flat();
      expect(asked.filter((entry) => /:\/\/|<all_urls>/.test(String(entry)))).toEqual([]);
      // The link health check asks for the sites of an issue's links when the curator runs it;
      // these two patterns only bound what it may ask for.
      expect(store.manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);

      // Installed, the extension holds no host at all until the curator grants one.
      installed = await launchBrowser({ extensionDir: store.dir });
      const page = await installed.context.newPage();
      await page.goto(`chrome-extension://${installed.extensionId}/manifest.json`);
      const granted = await page.evaluate(() => chrome.permissions.getAll());
      expect(granted.origins).toEqual([]);
      expect(granted.permissions?.sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'scripting', 'unlimitedStorage']);
    } finally {
      await installed?.close();
      rmSync(store.dir, { recursive: true, force: true });
    }
  });
});

describe('extension pages', () => {
  test('the popup (on an article tab) and the editor render without errors', async () => {
    const { context, extensionId } = browser;
    const errors = watchPageErrors(context);
    try {
      const article = await context.newPage();
      await article.goto(server().url(gatewayApi.path));
      const tabId = await tabIdFor(context, extensionId, server().url(gatewayApi.path));
      expect(tabId).toBeGreaterThan(0);

      const popup = await openPopupFor(context, extensionId, tabId);
      await settle(popup);
      const editor = await openEditor(context, extensionId);
      await settle(editor);

      // innerText, not textContent: text that is rendered on screen, not merely in the DOM.
      // biome-ignore lint/performance/useDomNodeTextContent: see above
      expect(await popup.locator('#app').innerText()).not.toBe('');
      // biome-ignore lint/performance/useDomNodeTextContent: see above
      expect(await editor.locator('#app').innerText()).not.toBe('');
      expect(errors.messages).toEqual([]);
      await Promise.all([article.close(), popup.close(), editor.close()]);
    } finally {
      errors.stop();
    }
  });
});

describe('pages that were never clipped', () => {
  test('get no extension script, even while the popup clips another tab', async () => {
    const { context, extensionId } = browser;
    const clipped = await context.newPage();
    await clipped.goto(server().url(gatewayApi.path));
    const untouched = await context.newPage();
    const watch = await watchScriptWorlds(context, untouched);
    await untouched.goto(server().url(ebpfTracing.path));
    await untouched.waitForLoadState('load');

    const popup = await openPopupFor(context, extensionId, await tabIdFor(context, extensionId, server().url(gatewayApi.path)));
    await settle(popup);
    // Declared content scripts run by document_idle at the latest; give them time to show.
    await untouched.waitForTimeout(500);
    expect(watch.worlds.some((world) => world.type === 'default')).toBe(true);
    expect(watch.ofExtension(extensionId)).toEqual([]);

    // Control: the watch does see the extension when it injects (as a clip would), so the
    // empty result above means something. The e2e build may inject into loopback pages.
    const untouchedTabId = await tabIdFor(context, extensionId, server().url(ebpfTracing.path));
    const [injection] = await popup.evaluate((tabId) => chrome.scripting.executeScript({ target: { tabId }, func: () => document.title }), untouchedTabId);
    expect(injection?.result).toBe(ebpfTracing.title);
    await expect.poll(() => watch.ofExtension(extensionId).length).toBe(1);
    expect(watch.ofExtension(extensionId)[0]).toMatchObject({ type: 'isolated' });

    await watch.detach();
    await Promise.all([clipped.close(), untouched.close(), popup.close()]);
  });
});
