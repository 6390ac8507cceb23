import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopupFor } from './harness/pages';
import { startServer } from './harness/server';
import { buildStoreExtension, type StoreBuild } from './harness/store-build';
import { tabIdFor } from './harness/tabs';
import { useExtension } from './harness/use-extension';
import { useServer } from './harness/use-server';

/**
 * The build that ships (no host permissions) clips a page after a real toolbar click: CDP's
 * Extensions.triggerAction opens the real popup and gives the tab the activeTab grant, exactly as
 * a person's click does. Without the click, the same build can read nothing of the page.
 */
let build: StoreBuild;
const TITLE = 'Sidecarless service mesh, one year on';

beforeAll(async () => {
  build = await buildStoreExtension();
});

afterAll(() => {
  if (build) rmSync(build.dir, { recursive: true, force: true });
});

// Registered after the build's hooks: launched on the build, closed before it is deleted.
const server = useServer(() =>
  startServer({
    '/mesh': `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>${TITLE}</title><meta property="og:site_name" content="Mesh Weekly"><p>x`,
  }),
);
const browser = useExtension(() => ({ extensionDir: build.dir, args: ['--enable-unsafe-extension-debugging'] }));

async function clickToolbarButtonOn(url: string) {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  // Tab targets (not their page targets) are what triggerAction takes; they are listed on request.
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === url);
  if (!tab) throw new Error(`No tab target for ${url}`);
  await cdp.send('Extensions.triggerAction' as never, { id: browser.extensionId, targetId: tab.targetId } as never);
  // The real popup opens as its own target; close it, as a click elsewhere would.
  const popupTarget = async () => {
    const { targetInfos: now } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
    return now.find((t) => t.url.startsWith(`chrome-extension://${browser.extensionId}/popup/`));
  };
  await expect.poll(popupTarget, { message: 'the real popup opened' }).toBeDefined();
  const popup = await popupTarget();
  await cdp.send('Target.closeTarget', { targetId: popup!.targetId });
  await cdp.detach();
}

describe('the store build after a real toolbar click', () => {
  it('cannot see the page before the click', async () => {
    const article = await browser.context.newPage();
    await article.goto(server().url('/mesh'));
    await expect(tabIdFor(browser.context, browser.extensionId, article.url())).rejects.toThrow(/No tab shows/);
    await article.close();
  });

  it('captures and adds the page after it', async () => {
    const article = await browser.context.newPage();
    await article.goto(server().url('/mesh'));
    // The grant goes to the tab in front; the welcome page the extension opens on install may be
    // in front otherwise (it was once, on a loaded run).
    await article.bringToFront();
    await clickToolbarButtonOn(article.url());
    const popup = await openPopupFor(browser.context, browser.extensionId, await tabIdFor(browser.context, browser.extensionId, article.url()));
    await popup.bringToFront();
    await expect.poll(() => popup.getByLabel('Title', { exact: true }).inputValue()).toBe(TITLE);
    // Read from the page itself (og:site_name), which only the capture script can see.
    await expect.poll(() => popup.locator('.byline').textContent()).toBe('Mesh Weekly');
    await popup.getByRole('button', { name: 'Add to issue' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Added to issue #1 as item 1.');
  });
});
