import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlePages, gatewayApi } from '../../test/e2e/harness/articles';
import { watchScriptWorlds } from '../../test/e2e/harness/extension-worlds';
import { launchBrowser } from '../../test/e2e/harness/launch';
import { startServer } from '../../test/e2e/harness/server';
import type { Build } from './build';
import { gzipSize } from './first-load';
import type { Row } from './report';
import { plural } from './runs';
import { observeWorkerStartup } from './worker-startup';

/**
 * What the store build costs pages the curator does not clip: its manifest, the script worlds
 * it creates on an article page, and what its service worker does when it starts.
 */
export async function unclippedFigures(store: Build): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const manifest = store.manifest;
  const browser = await launchBrowser({ extensionDir: store.dir });
  const server = await startServer(articlePages());
  try {
    // Let the install (onInstalled: menus, badge) finish, so the checks below see only what they test.
    await browser.context.waitForEvent('serviceworker', { timeout: 2000 }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const article = await browser.context.newPage();
    const worlds = await watchScriptWorlds(browser.context, article);
    await article.goto(server.url(gatewayApi.path));
    await article.waitForTimeout(1000);
    const extensionWorlds = worlds.ofExtension(browser.extensionId);
    await worlds.detach();
    await article.close();

    const startup = await observeWorkerStartup(browser.context, browser.extensionId);
    const notListeners = startup.calls.filter((call) => !/\.addListener$/.test(call));
    const listeners = startup.calls.length - notListeners.length;
    const startupBytes = startup.scripts.reduce((sum, path) => sum + gzipSize(readFileSync(join(store.dir, path))), 0);
    const rows: Row[] = [
      {
        key: 'store-content-scripts',
        label: 'Store manifest: content scripts',
        unit: 'count',
        value: Array.isArray(manifest.content_scripts) ? manifest.content_scripts.length : 0,
        budget: 'none',
        ok: manifest.content_scripts === undefined,
      },
      {
        key: 'store-host-permissions',
        label: 'Store manifest: host permissions',
        unit: 'count',
        value: Array.isArray(manifest.host_permissions) ? manifest.host_permissions.length : 0,
        budget: 'none',
        ok: manifest.host_permissions === undefined,
      },
      {
        key: 'store-optional-hosts',
        label: 'Store manifest: optional host permissions (asked at use)',
        unit: 'count',
        value: Array.isArray(manifest.optional_host_permissions) ? manifest.optional_host_permissions.length : 0,
      },
      {
        key: 'article-extension-worlds',
        label: 'Extension script worlds on an unclipped article',
        unit: 'count',
        value: extensionWorlds.length,
        budget: 'none',
        ok: extensionWorlds.length === 0,
      },
      {
        key: 'worker-startup',
        label: 'Service worker start-up: what it calls',
        unit: 'text',
        value: `${plural(listeners, 'addListener call')}${notListeners.length ? `; also ${notListeners.join(', ')}` : '; nothing else'}`,
        budget: 'listeners only',
        ok: notListeners.length === 0,
      },
      { key: 'worker-startup-code', label: 'Service worker start-up: code parsed (gzip)', unit: 'bytes', value: startupBytes },
    ];
    return { rows, details: { extensionWorlds, workerStartup: startup } };
  } finally {
    await server.close();
    await browser.close();
  }
}
