import type { Worker } from 'playwright-core';
import { expect, it } from 'vitest';
import { startGitServer } from '../servers/git-http-server';
import { openEditor } from './harness/pages';
import { useExtension } from './harness/use-extension';
import { useServer } from './harness/use-server';

/**
 * The service worker's sync on its alarm, in Chromium: set up through Settings → Sync, the editor
 * closed, then the sync alarm fired by the test (created with a near `when`, as waiting for the
 * 5-minute period is not a test) and the worker's record of how it ended read from its database.
 */
// The worker's extension API, as the test calls it inside the worker.
declare const chrome: {
  alarms: {
    get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
    create(name: string, info: { when: number }): Promise<void>;
  };
};

const git = useServer(() => startGitServer());
const browser = useExtension();

const worker = async (): Promise<Worker> => browser.context.serviceWorkers()[0] ?? browser.context.waitForEvent('serviceworker');

/** The worker's meta record `background-sync`, read in the worker itself. */
const lastBackgroundSync = async () =>
  (await worker()).evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('kubelist-curator');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get('background-sync');
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );

const syncAlarmPeriod = async () => (await worker()).evaluate(() => chrome.alarms.get('sync').then((alarm) => alarm?.periodInMinutes ?? null));

it('has no alarm until sync is set up, then syncs on it in the worker while no page is open', async () => {
  const sw = await worker();
  const editor = await openEditor(browser.context, browser.extensionId);
  await editor.goto(`chrome-extension://${browser.extensionId}/options/index.html#settings`);
  // The install's handlers ran long before the editor was up: they set no alarm without sync.
  expect(await syncAlarmPeriod()).toBeNull();
  await editor.getByLabel('Repository URL').fill(git().url);
  await editor.getByLabel('Access token').fill(git().token);
  await editor.getByLabel('Your name').fill('Laptop');
  await editor.getByRole('button', { name: 'Save and sync' }).click();
  await expect.poll(() => editor.locator('#sync-status').textContent()).toMatch(/^Synced at /);
  expect(await syncAlarmPeriod()).toBe(5);
  const head = git().git('rev-parse', 'main');
  await editor.close();
  expect(await lastBackgroundSync()).toBeNull();

  const requests = git().requests.length;
  await sw.evaluate(() => chrome.alarms.create('sync', { when: Date.now() + 200 }));
  await expect.poll(lastBackgroundSync).toMatchObject({ key: 'background-sync', outcome: { code: 'synced', pushed: false } });
  // Nothing to do: the worker asked the server for the head, and the branch did not move.
  expect(git().requests.slice(requests)).toContainEqual(expect.stringMatching(/^GET \/newsletter\.git\/info\/refs\?service=git-upload-pack → 200$/));
  expect(git().git('rev-parse', 'main')).toBe(head);
});

it('shows in an open editor how the worker’s sync ended, once it is newer than the page’s own', async () => {
  const sw = await worker();
  const editor = await openEditor(browser.context, browser.extensionId);
  await editor.goto(`chrome-extension://${browser.extensionId}/options/index.html#settings`);
  // The editor syncs as it opens (and keeps no timer of its own beside the alarm).
  await expect.poll(() => editor.locator('#sync-status').textContent()).toMatch(/^Synced at /);
  const before = (await lastBackgroundSync()) as { at: number };
  await sw.evaluate(() => chrome.alarms.create('sync', { when: Date.now() + 200 }));
  await expect.poll(async () => ((await lastBackgroundSync()) as { at: number }).at).toBeGreaterThan(before.at);
  await expect.poll(() => editor.locator('#sync-status').textContent()).toMatch(/^Synced in the background on /);
  await editor.close();
});
