import { describe, expect, it } from 'vitest';
import { chromiumDriver } from './harness/chromium-driver';
import { startServer } from './harness/server';
import { threeClipsPages } from './harness/three-clips';
import { clipThreePages, writeAndExport } from './harness/three-clips-journey';
import { useExtension } from './harness/use-extension';
import { useServer } from './harness/use-server';

/**
 * The journey Firefox ESR runs (`test/e2e/firefox/curator-journey.test.ts`), in Chromium, from the
 * same scenario (`harness/three-clips-journey.ts`): both must export the same hand-written issue.
 */
const server = useServer(() => startServer(threeClipsPages()));
const browser = useExtension();

describe('a curator builds an issue in Chromium, as in Firefox', () => {
  it('clips three pages through the popup: cleaned titles and addresses, blurbs, emoji', async () => {
    await clipThreePages(chromiumDriver(browser), server().url);
  });

  it('fills the issue in the editor, reorders, and downloads the markdown byte for byte', async () => {
    await writeAndExport(chromiumDriver(browser), new URL(server().url('/')).origin);
  });

  it('raised no page errors anywhere', () => {
    expect(browser.errors.messages).toEqual([]);
  });
});
