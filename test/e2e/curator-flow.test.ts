import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { IssueItem } from '../../src/core/issue';
import { parseIssue } from '../../src/core/kubelist';
import { archivePresent, archiveText } from '../fixtures/archive';
import { syntheticIssue } from '../fixtures/synthetic-issues';
import { openItem } from './harness/draft-items';
import { openEditor, openPopupFor } from './harness/pages';
import { startServer } from './harness/server';
import { tabIdFor } from './harness/tabs';
import { useExtension } from './harness/use-extension';
import { useServer } from './harness/use-server';

/**
 * The first slice end to end, as a curator does it: clip the seven articles of Kubelist #117
 * through the popup (in a shuffled order, plus one clipped by mistake), write their blurbs with
 * emoji from the picker, fill the issue in the editor, reorder and delete, and get back exactly
 * `kubelist-117.md`. Then restart the browser on the same profile: the draft is all there.
 * Without the published archive, the synthetic #150 (same shape: seven items, the tweet last,
 * emoji from the picker) stands in for #117, so a clone still runs the whole flow.
 */
const expected = archivePresent ? archiveText(117) : syntheticIssue(150);
const source = parseIssue(expected).issue;
const fileName = `kubelist-${source.number}.md`;

/** Emoji the curator picks in the picker, by the word they search for. */
const PICKED: Record<string, string> = { '🔌': 'electric plug', '🎸': 'guitar', '🎶': 'musical notes', '🔊': 'speaker high' };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const articleHtml = (title: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1></body></html>`;

/** Splits a blurb into what is typed and the final emoji picked from the picker, if pickable. */
function splitEmoji(commentary: string): { typed: string; picked?: { emoji: string; search: string } } {
  const emoji = Object.keys(PICKED).find((e) => commentary.endsWith(` ${e}`));
  return emoji ? { typed: commentary.slice(0, -emoji.length - 1), picked: { emoji, search: PICKED[emoji]! } } : { typed: commentary };
}

async function pickEmoji(page: Page, button: string, emoji: string, search: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const searchBox = page.getByRole('combobox', { name: 'Search' });
  await searchBox.fill(search);
  await page
    .getByRole('option', { name: new RegExp(`^${emoji}`, 'u') })
    .first()
    .click();
}

const junk: IssueItem = { title: 'Clipped by mistake', url: '', commentary: '' };
// Clip order: the tweet of the week first and #2 last, so the editor has to put them back.
const clipOrder = [6, 0, 2, 3, 4, 5, 1].map((i) => source.items[i]!);

const server = useServer(() => {
  const pages: Record<string, string> = { '/junk': articleHtml(junk.title) };
  for (const [i, item] of source.items.entries()) pages[`/article-${i}`] = articleHtml(item.title);
  return startServer(pages);
});
const browser = useExtension();

async function clip(context: BrowserContext, path: string, item: IssueItem, how: 'button' | 'keyboard', expectedCount: number) {
  const article = await context.newPage();
  await article.goto(server().url(path));
  const popup = await openPopupFor(context, browser.extensionId, await tabIdFor(context, browser.extensionId, server().url(path)));
  // Key presses reach only the front tab, as for a person.
  await popup.bringToFront();
  const title = popup.getByLabel('Title', { exact: true });
  await expect.poll(() => title.inputValue()).toBe(item.title);
  expect(await popup.getByLabel('URL', { exact: true }).inputValue()).toBe(server().url(path));
  // The cursor starts in the commentary: the curator just types.
  await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id)).toBe('commentary');

  const { typed, picked } = splitEmoji(item.commentary);
  await popup.keyboard.type(typed.slice(0, 12));
  expect(await popup.getByLabel('Commentary').inputValue()).toBe(typed.slice(0, 12));
  await popup.getByLabel('Commentary').fill(typed);
  // The page's URL is a local copy; the curator puts in the real one.
  await popup.getByLabel('URL', { exact: true }).fill(item.url);
  if (picked) {
    await pickEmoji(popup, 'Emoji', picked.emoji, picked.search);
    await expect.poll(() => popup.getByLabel('Commentary').inputValue()).toBe(item.commentary);
  }
  if (how === 'keyboard') await popup.getByLabel('Commentary').press('Control+Enter');
  else await popup.getByRole('button', { name: 'Add to issue' }).click();
  // "Tweet of the week" is the recurring last slot (a setting): clipped first, it stays last and
  // every later item goes in just before it.
  const place = expectedCount === 1 ? 1 : expectedCount - 1;
  await expect.poll(() => popup.getByRole('status').textContent()).toBe(`Added to issue #1 as item ${place}.`);
  const count = expectedCount === 1 ? '1 item' : `${expectedCount} items`;
  expect(await popup.getByTestId('item-count').textContent()).toBe(count);
  const listed = popup.getByRole('region', { name: 'Draft issue' }).getByRole('listitem');
  expect(await listed.nth(place - 1).textContent()).toBe(item.title);
  expect(await listed.last().textContent()).toBe('Tweet of the week');
  await popup.close();
  await article.close();
}

const markdownOf = (editor: Page) => editor.getByRole('region', { name: 'Markdown' }).textContent();

describe(`a curator builds Kubelist #${source.number}`, () => {
  it('clips every article through the popup', async () => {
    let count = 0;
    for (const [i, item] of clipOrder.entries()) {
      await clip(browser.context, `/article-${source.items.indexOf(item)}`, item, i % 2 ? 'keyboard' : 'button', ++count);
      if (i === 2) await clip(browser.context, '/junk', { ...junk, url: 'https://example.com/junk' }, 'button', ++count);
    }
  });

  it(`fills the issue in the editor, reorders and deletes, and exports ${fileName} byte for byte`, async () => {
    const editor = await openEditor(browser.context, browser.extensionId);
    await editor.bringToFront();
    await editor.getByLabel('Issue number').fill(String(source.number));
    await editor.getByLabel('Date').fill(source.date);
    await editor.getByLabel('Headline', { exact: true }).fill(source.headline.replace(/ 🔊$/u, ''));
    await pickEmoji(editor, 'Headline emoji', '🔊', PICKED['🔊']!);
    await expect.poll(() => editor.getByLabel('Headline', { exact: true }).inputValue()).toBe(source.headline);
    await editor.getByLabel('Intro').fill(source.intro);

    // Drafted order (the tweet stays last): 1, 3, junk, 4, 5, 6, 2, tweet. Delete the junk.
    await openItem(editor, 3);
    await editor.getByRole('button', { name: 'Delete item 3' }).click();
    // Item 2 (now 6th) into second place, by drag and drop.
    // A tall window, so the dragged handle and the drop target are on screen together.
    await editor.setViewportSize({ width: 1280, height: 2400 });
    await editor
      .locator('.handle')
      .nth(5)
      .dragTo(editor.getByRole('listitem', { name: 'Item 2', exact: true }));
    await openItem(editor, 2);
    expect(await editor.getByLabel('Item 2 title').inputValue()).toBe(source.items[1]!.title);
    // And by keyboard: Alt+ArrowDown from inside item 1 moves it down, Alt+ArrowUp back.
    await openItem(editor, 1);
    await editor.getByLabel('Item 1 title').focus();
    await editor.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => editor.getByLabel('Item 2 title').inputValue()).toBe(source.items[0]!.title);
    await editor.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => editor.getByLabel('Item 3 title').inputValue()).toBe(source.items[0]!.title);
    await editor.keyboard.press('Alt+ArrowUp');
    await editor.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => editor.getByLabel('Item 1 title').inputValue()).toBe(source.items[0]!.title);
    await openItem(editor, 7);
    expect(await editor.getByLabel('Item 7 title').inputValue()).toBe('Tweet of the week');

    await expect.poll(() => markdownOf(editor)).toBe(expected);

    const download = editor.waitForEvent('download');
    await editor.getByRole('button', { name: 'Download markdown' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(fileName);
    expect(readFileSync((await file.path())!, 'utf8')).toBe(expected);

    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await editor.getByRole('button', { name: 'Copy markdown' }).click();
    await expect.poll(() => editor.getByRole('status').textContent()).toBe('Markdown copied to the clipboard.');
    expect(await editor.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await editor.close();
  });

  it('keeps the draft across a browser restart', async () => {
    await browser.restart();
    const editor = await openEditor(browser.context, browser.extensionId);
    await expect.poll(() => markdownOf(editor)).toBe(expected);
    expect(await editor.getByLabel('Issue number').inputValue()).toBe(String(source.number));
  });

  it('raised no page errors anywhere', () => {
    expect(browser.errors.messages).toEqual([]);
  });
});
