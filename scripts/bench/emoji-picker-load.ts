import type { BrowserContext } from 'playwright-core';

/** What the popup loaded before and when the emoji picker was first opened. */
export interface PickerLoad {
  /** Extension files the popup loaded once open and settled (scripts, and fetched files). */
  before: string[];
  /** Extension files loaded by opening the picker, until its emoji were shown. */
  opened: string[];
  /** Requests that left the extension (http, https, ws...) from opening the popup to the picker shown. */
  network: string[];
}

/**
 * Opens the popup, lets it settle, then opens the emoji picker and waits for its emoji. Scripts
 * are observed as the debugger parses them and fetches as the network layer sees them, so this
 * checks the built popup as it runs, beside the static first-load analysis.
 */
export async function emojiPickerLoad(context: BrowserContext, popupUrl: string, settleMs = 1500): Promise<PickerLoad> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const loaded: string[] = [];
  const network: string[] = [];
  // `URL.origin` is "null" for chrome-extension: URLs in Node, so build the prefix by hand.
  const extension = `chrome-extension://${new URL(popupUrl).host}/`;
  const path = (url: string) => url.slice(extension.length).replace(/[?#].*$/, '');
  cdp.on('Debugger.scriptParsed', ({ url }: { url: string }) => {
    if (url.startsWith(extension)) loaded.push(path(url));
  });
  cdp.on('Network.requestWillBeSent', ({ request }: { request: { url: string } }) => {
    if (request.url.startsWith(extension)) loaded.push(path(request.url));
    else if (!/^(data|blob|about|chrome-extension):/.test(request.url)) network.push(request.url);
  });
  try {
    await cdp.send('Debugger.enable');
    await cdp.send('Network.enable');
    await page.goto(popupUrl);
    await page.evaluate(() => window.__benchReady);
    await page.waitForTimeout(settleMs);
    const before = new Set(loaded);
    await page.getByRole('button', { name: 'Emoji', exact: true }).click();
    await page.waitForFunction(() => (document.querySelector('emoji-picker')?.shadowRoot?.querySelectorAll('button.emoji').length ?? 0) > 20, null, {
      timeout: 30_000,
    });
    return { before: [...before], opened: [...new Set(loaded)].filter((path) => !before.has(path)), network };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
