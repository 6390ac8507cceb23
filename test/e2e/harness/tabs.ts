import type { BrowserContext } from 'playwright-core';

// Only what runs inside the extension page below; the real `chrome` global lives there.
declare const chrome: {
  tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> };
};

/**
 * The id of the tab showing `pageUrl`, as the extension sees it (what the popup's `?tab=`
 * expects). Playwright has no notion of tab ids, so we ask `chrome.tabs` from an extension
 * page; manifest.json is enough, as it is always there and runs no app code. `tab.url` is only
 * visible with a host permission or an `activeTab` grant for that tab, which the e2e build's
 * loopback host permissions give for pages from the test server.
 */
export async function tabIdFor(context: BrowserContext, extensionId: string, pageUrl: string): Promise<number> {
  const helper = await context.newPage();
  try {
    await helper.goto(`chrome-extension://${extensionId}/manifest.json`);
    const tabs = await helper.evaluate(() => chrome.tabs.query({}));
    const match = tabs.find((tab) => tab.url === pageUrl);
    if (match?.id === undefined) {
      const seen = tabs.map((tab) => tab.url ?? '(url hidden: no host permission)').join(', ');
      throw new Error(`No tab shows ${pageUrl}; tabs seen: ${seen}`);
    }
    return match.id;
  } finally {
    await helper.close();
  }
}
