import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumDriver } from './harness/chromium-driver';
import { type LaunchedBrowser, launchBrowser } from './harness/launch';
import { type PageErrors, watchPageErrors } from './harness/page-errors';
import { type ArticleServer, startServer } from './harness/server';
import { threeClipsPages } from './harness/three-clips';
import { clipThreePages, writeAndExport } from './harness/three-clips-journey';

/**
 * The journey Firefox ESR runs (`test/e2e/firefox/curator-journey.test.ts`), in Chromium, from the
 * same scenario (`harness/three-clips-journey.ts`): both must export the same hand-written issue.
 */
let browser: LaunchedBrowser;
let server: ArticleServer;
let errors: PageErrors;

beforeAll(async () => {
  server = await startServer(threeClipsPages());
  browser = await launchBrowser();
  errors = watchPageErrors(browser.context);
});

afterAll(async () => {
  errors?.stop();
  await browser?.close();
  await server?.close();
});

describe('a curator builds an issue in Chromium, as in Firefox', () => {
  it('clips three pages through the popup: cleaned titles and addresses, blurbs, emoji', async () => {
    await clipThreePages(chromiumDriver(browser), server.url);
  });

  it('fills the issue in the editor, reorders, and downloads the markdown byte for byte', async () => {
    await writeAndExport(chromiumDriver(browser), new URL(server.url('/')).origin);
  });

  it('raised no page errors anywhere', () => {
    expect(errors.messages).toEqual([]);
  });
});
