import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedFirefox, launchFirefox } from '../harness/firefox-launch';
import { clickButton, fieldValue, fill, openExtensionPage, openTab, pickEmoji, press, tabIdIn, textOf } from '../harness/firefox-pages';
import { type ArticleServer, startServer } from '../harness/server';
import { blurbOf, type JourneyClip, THREE_CLIPS, THREE_CLIPS_ISSUE, threeClipsMarkdown, threeClipsPages } from '../harness/three-clips';

/**
 * The curator's journey in Firefox ESR, on the Firefox e2e build installed as a temporary add-on:
 * three pages clipped through the popup, the issue filled in and reordered in the editor, and the
 * downloaded markdown exactly the text `test/e2e/harness/three-clips.ts` writes out by hand.
 */
let firefox: LaunchedFirefox;
let server: ArticleServer;
/** A loopback page the extension's pages are reached from (any served page will do). */
let launchpad: string;

beforeAll(async () => {
  server = await startServer({ ...threeClipsPages(), '/': '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Start</title>' });
  launchpad = server.url('/');
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const origin = () => new URL(launchpad).origin;

/**
 * Clips a page as from the toolbar: the popup, opened in a tab of its own, is told the article's
 * tab (`?tab=`) since "the active tab" would be its own. `lookout` is any extension page, to ask
 * `browser.tabs` for that tab's id.
 */
async function clip(lookout: Page, clipped: JourneyClip, expectedCount: number) {
  const article = await openTab(firefox, server.url(clipped.path));
  const tabId = await tabIdIn(lookout, server.url(clipped.path));
  const onTab = await openExtensionPage(firefox, launchpad, `popup/index.html?tab=${tabId}`);
  await expect.poll(() => fieldValue(onTab, 'Title')).toBe(clipped.title);
  expect(await fieldValue(onTab, 'URL')).toBe(origin() + clipped.cleanPath);
  if (clipped.cleanPath !== clipped.path) expect(await textOf(onTab, '.details')).toContain('Tracking parameters removed.');
  // The cursor starts in the blurb: the curator just types.
  await expect.poll(() => onTab.evaluate(() => document.activeElement?.id)).toBe('commentary');
  await onTab.keyboard.type(clipped.typed);
  expect(await fieldValue(onTab, 'Commentary')).toBe(clipped.typed);
  if (clipped.picked) {
    await pickEmoji(onTab, 'Emoji', clipped.picked.emoji, clipped.picked.search);
    await expect.poll(() => fieldValue(onTab, 'Commentary')).toBe(blurbOf(clipped));
  }
  if (expectedCount % 2) await clickButton(onTab, 'Add to issue');
  else {
    await (await onTab.$('#commentary'))!.focus();
    await press(onTab, 'Enter', 'Control');
  }
  await expect.poll(() => textOf(onTab, '[role="status"]')).toBe(`Added to issue #1 as item ${expectedCount}.`);
  expect(await textOf(onTab, '[data-testid="item-count"]')).toBe(expectedCount === 1 ? '1 item' : `${expectedCount} items`);
  await onTab.close();
  await article.close();
}

const markdownOf = (editor: Page) => textOf(editor, '[role="region"][aria-label="Markdown"]');

describe('a curator builds an issue in Firefox ESR', () => {
  it('clips three pages through the popup: cleaned titles and addresses, blurbs, emoji', async () => {
    const lookout = await openExtensionPage(firefox, launchpad, 'options/index.html');
    for (const [i, clipped] of THREE_CLIPS.entries()) await clip(lookout, clipped, i + 1);
    await lookout.close();
  });

  it('fills the issue in the editor, reorders, and downloads the markdown byte for byte', async () => {
    const { number, date, headline, headlinePicked, intro } = THREE_CLIPS_ISSUE;
    const editor = await openExtensionPage(firefox, launchpad, 'options/index.html');
    await expect.poll(() => fieldValue(editor, 'Item 3 title')).toBe(THREE_CLIPS[2]!.title);
    await fill(editor, 'Issue number', String(number));
    await fill(editor, 'Date', date);
    await fill(editor, 'Headline', headline);
    await pickEmoji(editor, 'Headline emoji', headlinePicked.emoji, headlinePicked.search);
    await expect.poll(() => fieldValue(editor, 'Headline')).toBe(`${headline} ${headlinePicked.emoji}`);
    await fill(editor, 'Intro', intro);

    // The last clip to the top: once by its button, once by Alt+ArrowUp from inside the item.
    await clickButton(editor, 'Move item 3 up');
    await expect.poll(() => fieldValue(editor, 'Item 2 title')).toBe(THREE_CLIPS[2]!.title);
    await (await editor.$('[aria-label="Item 2 title"]'))!.focus();
    await press(editor, 'ArrowUp', 'Alt');
    await expect.poll(() => fieldValue(editor, 'Item 1 title')).toBe(THREE_CLIPS[2]!.title);

    const expected = threeClipsMarkdown(origin());
    await expect.poll(() => markdownOf(editor)).toBe(expected);

    await clickButton(editor, 'Download markdown');
    const file = join(firefox.downloadDir, `kubelist-${number}.md`);
    await expect.poll(() => readDownload(file)).toBe(expected);
    await editor.close();
  });
});

/** The downloaded file's text, or null while Firefox has not finished writing it. */
function readDownload(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
