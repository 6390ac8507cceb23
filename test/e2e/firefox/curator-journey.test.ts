import { afterAll, beforeAll, describe, it } from 'vitest';
import { firefoxDriver } from '../harness/firefox-driver';
import { type LaunchedFirefox, launchFirefox } from '../harness/firefox-launch';
import { type ArticleServer, startServer } from '../harness/server';
import { threeClipsPages } from '../harness/three-clips';
import { clipThreePages, writeAndExport } from '../harness/three-clips-journey';

/**
 * The curator's journey in Firefox ESR, on the Firefox e2e build installed as a temporary add-on:
 * the scenario of `test/e2e/harness/three-clips-journey.ts`, which `test/e2e/three-clips.test.ts`
 * runs in Chromium, so both browsers must export the same hand-written issue byte for byte.
 */
let firefox: LaunchedFirefox;
let server: ArticleServer;

beforeAll(async () => {
  // `/` is the loopback page the extension's pages are reached from.
  server = await startServer({ ...threeClipsPages(), '/': '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Start</title>' });
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('a curator builds an issue in Firefox ESR', () => {
  it('clips three pages through the popup: cleaned titles and addresses, blurbs, emoji', async () => {
    await clipThreePages(firefoxDriver(firefox, server.url('/')), server.url);
  });

  it('fills the issue in the editor, reorders, and downloads the markdown byte for byte', async () => {
    await writeAndExport(firefoxDriver(firefox, server.url('/')), new URL(server.url('/')).origin);
  });
});
