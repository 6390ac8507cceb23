import { expect } from 'vitest';
import type { CuratorDriver } from './curator-driver';
import { blurbOf, type JourneyClip, THREE_CLIPS, THREE_CLIPS_ISSUE, threeClipsMarkdown } from './three-clips';

/**
 * The journey of three-clips.ts, written once for every browser's driver. `url` makes a served
 * path absolute (the test server's `url`).
 */

/** Clips the three pages through the popup, checking what the popup offers and says. */
export async function clipThreePages(driver: CuratorDriver, url: (path: string) => string): Promise<void> {
  for (const [i, clip] of THREE_CLIPS.entries()) await clipOne(driver, url, clip, i + 1);
}

async function clipOne(driver: CuratorDriver, url: (path: string) => string, clip: JourneyClip, count: number) {
  const article = await driver.openArticle(url(clip.path));
  const popup = await driver.openPopupOn(url(clip.path));
  await expect.poll(() => popup.fieldValue('Title')).toBe(clip.title);
  expect(await popup.fieldValue('URL')).toBe(url(clip.cleanPath));
  if (clip.cleanPath !== clip.path) expect(await popup.text('.details')).toContain('Tracking parameters removed.');
  // The cursor starts in the blurb: the curator just types.
  await expect.poll(() => popup.focusedId()).toBe('commentary');
  await popup.type(clip.typed);
  expect(await popup.fieldValue('Commentary')).toBe(clip.typed);
  if (clip.picked) {
    await popup.pickEmoji('Emoji', clip.picked.emoji, clip.picked.search);
    await expect.poll(() => popup.fieldValue('Commentary')).toBe(blurbOf(clip));
  }
  // Added once by the button, once from the keyboard.
  if (count % 2) await popup.click('Add to issue');
  else {
    await popup.focus('Commentary');
    await popup.press('Enter', 'Control');
  }
  await expect.poll(() => popup.text('[role="status"]')).toBe(`Added to issue #1 as item ${count}.`);
  expect(await popup.text('[data-testid="item-count"]')).toBe(count === 1 ? '1 item' : `${count} items`);
  await popup.close();
  await article.close();
}

/**
 * Fills the issue in the editor, moves the last clip to the top (by its button, then by
 * Alt+ArrowUp), and checks the markdown shown and downloaded against the hand-written issue.
 */
export async function writeAndExport(driver: CuratorDriver, origin: string): Promise<void> {
  const { number, date, headline, headlinePicked, intro } = THREE_CLIPS_ISSUE;
  const last = THREE_CLIPS[THREE_CLIPS.length - 1]!;
  const editor = await driver.openEditor();
  // Items are compact rows: the last one is opened to edit.
  await editor.click('Edit item 3');
  await expect.poll(() => editor.fieldValue('Item 3 title')).toBe(last.title);
  await editor.fill('Issue number', String(number));
  await editor.fill('Date', date);
  await editor.fill('Headline', headline);
  await editor.pickEmoji('Headline emoji', headlinePicked.emoji, headlinePicked.search);
  await expect.poll(() => editor.fieldValue('Headline')).toBe(`${headline} ${headlinePicked.emoji}`);
  await editor.fill('Intro', intro);

  await editor.click('Move item 3 up');
  await expect.poll(() => editor.fieldValue('Item 2 title')).toBe(last.title);
  await editor.focus('Item 2 title');
  await editor.press('ArrowUp', 'Alt');
  await expect.poll(() => editor.fieldValue('Item 1 title')).toBe(last.title);

  const expected = threeClipsMarkdown(origin);
  await expect.poll(() => editor.text('[role="region"][aria-label="Markdown"]')).toBe(expected);
  expect(await editor.download('Download markdown')).toEqual({ name: `kubelist-${number}.md`, text: expected });
  await editor.close();
}
