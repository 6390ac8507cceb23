import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openItem } from './harness/draft-items';
import { openEditor, openPopupFor } from './harness/pages';
import { startStatusServer } from './harness/status-server';
import { tabIdFor } from './harness/tabs';
import { useExtension } from './harness/use-extension';
import { useServer } from './harness/use-server';

/**
 * The link health check in real Chromium: three links clipped through the popup, served by a
 * local server as a live page, a page that is gone (404) and one that now redirects to the home
 * page. "Check links" in the editor asks for the sites (already granted to the e2e build for
 * 127.0.0.1, so the browser answers without a prompt), requests each link and says which is which.
 */
const server = useServer(() =>
  startStatusServer({
    '/': { status: 200, title: 'Cluster Notes' },
    '/posts/gateway-api-ga': { status: 200, title: 'Gateway API is GA' },
    '/posts/taken-down': { status: 404, title: 'Page not found' },
    '/posts/old-name': { redirect: '/' },
  }),
);
const browser = useExtension();

// The `chrome` global of the editor page the grant is read in.
declare const chrome: { permissions: { getAll(): Promise<{ origins?: string[] }> } };

/** Clips the page at `openPath` through the popup, as the item `title` with the link `url`. */
async function clip(openPath: string, title: string, url: string, count: number) {
  const { context, extensionId } = browser;
  const article = await context.newPage();
  await article.goto(server().url(openPath));
  const popup = await openPopupFor(context, extensionId, await tabIdFor(context, extensionId, article.url()));
  await popup.bringToFront();
  const titleField = popup.getByLabel('Title', { exact: true });
  await expect.poll(() => titleField.inputValue()).not.toBe('');
  await titleField.fill(title);
  await popup.getByLabel('URL', { exact: true }).fill(url);
  await popup.getByRole('button', { name: 'Add to issue' }).click();
  await expect.poll(() => popup.getByRole('status').textContent()).toBe(`Added to issue #1 as item ${count}.`);
  await Promise.all([popup.close(), article.close()]);
}

const badge = (panel: ReturnType<Page['getByRole']>, item: number) =>
  panel
    .getByRole('listitem', { name: `Item ${item}`, exact: true })
    .locator('.link-health-badge')
    .textContent();

describe('the link health check', () => {
  it('clips a live link, a dead one and one that now redirects to the home page', async () => {
    await clip('/posts/gateway-api-ga', 'Gateway API is GA', server().url('/posts/gateway-api-ga'), 1);
    await clip('/posts/taken-down', 'A post that was taken down', server().url('/posts/taken-down'), 2);
    // Opening the old address lands on the home page; the curator's link is the old one.
    await clip('/posts/old-name', 'An old post', server().url('/posts/old-name'), 3);
  });

  it('flags the 404 as dead and the live link as fine', async () => {
    const editor = await openEditor(browser.context, browser.extensionId);
    await editor.bringToFront();
    const panel = editor.getByRole('region', { name: 'Link health' });
    await openItem(editor, 3);
    await expect.poll(() => editor.getByLabel('Item 3 title').inputValue()).toBe('An old post');
    server().requests.length = 0;

    await panel.getByRole('button', { name: 'Check links' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('3 links checked: 1 dead, 1 redirects to a home page, 1 OK.');
    expect(await badge(panel, 1)).toBe('OK');
    expect(await badge(panel, 2)).toBe('Dead (404)');
    expect(await badge(panel, 3)).toBe('Redirects to home page');
    expect(await panel.getByRole('listitem', { name: 'Item 2', exact: true }).textContent()).toContain('2. A post that was taken down');

    // The answers came from the server, HEAD first and a GET to confirm the dead one.
    expect(server().requests).toEqual(
      expect.arrayContaining(['HEAD /posts/gateway-api-ga', 'HEAD /posts/taken-down', 'GET /posts/taken-down', 'HEAD /posts/old-name', 'HEAD /']),
    );
    expect(server().requests).not.toContain('GET /posts/gateway-api-ga');
    // The request was for the loopback host the e2e build already holds: no prompt, no new grant.
    expect((await editor.evaluate(() => chrome.permissions.getAll())).origins?.sort()).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    // Chromium logs every 4xx a page fetches as a console error; that one is the point here.
    const unexpected = browser.errors.messages.filter((line) => !/Failed to load resource: the server responded with a status of 404/.test(line));
    expect(unexpected).toEqual([]);
    await editor.close();
  });
});
