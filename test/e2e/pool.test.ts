import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openEditor, openPopupFor } from './harness/pages';
import { startServer } from './harness/server';
import { tabIdFor } from './harness/tabs';
import { useExtension } from './harness/use-extension';
import { useServer } from './harness/use-server';

/**
 * The pool of collected links (issue 15), as a week of curation uses it: four pages saved for
 * later from the popup and two added directly; in the editor's Collected section two pooled links
 * go into the issue and one is discarded; the issue is published; the next draft's pool still
 * holds the one link left; and a restart of the browser on the same profile keeps all of it.
 */
const TITLES = ['Pooled one', 'Pooled two', 'Pooled three', 'Pooled four', 'Direct five', 'Direct six'];
const articleHtml = (title: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

const server = useServer(() => startServer(Object.fromEntries(TITLES.map((title, i) => [`/article-${i}`, articleHtml(title)]))));
const browser = useExtension();

/** Opens the popup on article `i` and presses `button` once the page's title is in. */
async function clip(i: number, button: 'Save for later' | 'Add to issue', done: RegExp) {
  const path = `/article-${i}`;
  const article = await browser.context.newPage();
  await article.goto(server().url(path));
  const popup = await openPopupFor(browser.context, browser.extensionId, await tabIdFor(browser.context, browser.extensionId, server().url(path)));
  await expect.poll(() => popup.getByLabel('Title', { exact: true }).inputValue()).toBe(TITLES[i]);
  await popup.getByRole('button', { name: button, exact: true }).click();
  await expect.poll(() => popup.getByRole('status').textContent()).toMatch(done);
  await popup.close();
  await article.close();
}

/** The titles the Collected section lists, newest first. */
async function collected(editor: Page): Promise<string[]> {
  await editor.goto(`chrome-extension://${browser.extensionId}/options/index.html#collected`);
  await editor.locator('main[data-view="collected"][aria-busy="false"]').waitFor();
  return editor.locator('.collected-links .collected-title').allTextContents();
}

/**
 * The collected links the draft view lists beside the items, newest first; at the test's window
 * width they are folded into the side panel, opened here.
 */
async function columnTitles(editor: Page): Promise<string[]> {
  const fold = editor.locator('.desk-side details.collected-column');
  if (!(await fold.evaluate((details: HTMLDetailsElement) => details.open))) await fold.locator('summary').click();
  return fold.locator('.collected-title').allTextContents();
}

/** The draft's items' titles as its compact rows show them (no item's card is open in these tests). */
function draftTitles(editor: Page): Promise<string[]> {
  return editor.locator('.item-row .row-title').allTextContents();
}

describe('the pool of collected links', () => {
  it('takes four pages saved for later and two added to the issue from the popup', async () => {
    for (const i of [0, 1, 2, 3]) await clip(i, 'Save for later', /^Saved for later/);
    for (const i of [4, 5]) await clip(i, 'Add to issue', /^Added to issue/);
    const editor = await openEditor(browser.context, browser.extensionId);
    await expect.poll(() => collected(editor)).toEqual(['Pooled four', 'Pooled three', 'Pooled two', 'Pooled one']);
    await editor.close();
  });

  it('adds two pooled links to the issue and discards one in the editor, then publishes', async () => {
    const editor = await openEditor(browser.context, browser.extensionId);
    await collected(editor);
    await editor.getByRole('button', { name: 'Add “Pooled one” to the issue' }).click();
    await expect.poll(() => editor.locator('.collected-links .collected-title').allTextContents()).toEqual(['Pooled four', 'Pooled three', 'Pooled two']);
    await editor.getByRole('button', { name: 'Add “Pooled two” to the issue' }).click();
    await expect.poll(() => editor.locator('.collected-links .collected-title').allTextContents()).toEqual(['Pooled four', 'Pooled three']);
    await editor.getByRole('button', { name: 'Discard “Pooled three”' }).click();
    await expect.poll(() => editor.locator('.collected-links .collected-title').allTextContents()).toEqual(['Pooled four']);

    await editor.goto(`chrome-extension://${browser.extensionId}/options/index.html#draft`);
    await expect.poll(() => draftTitles(editor)).toEqual(['Direct five', 'Direct six', 'Pooled one', 'Pooled two']);
    // An item goes back to the pool from its open card, and Undo puts it back at its place.
    await editor.getByRole('button', { name: 'Edit item 2' }).click();
    await editor.getByRole('button', { name: 'Save for later: item 2' }).click();
    await expect.poll(() => draftTitles(editor)).toEqual(['Direct five', 'Pooled one', 'Pooled two']);
    await expect.poll(() => columnTitles(editor)).toEqual(['Direct six', 'Pooled four']);
    await editor.getByRole('button', { name: 'Undo move' }).click();
    await expect.poll(() => draftTitles(editor)).toEqual(['Direct five', 'Direct six', 'Pooled one', 'Pooled two']);
    await expect.poll(() => columnTitles(editor)).toEqual(['Pooled four']);
    // A collected link dragged from the column onto the first row joins the issue there; sent back, it is collected again.
    await editor.locator('.collected-column .collected-link').first().dragTo(editor.locator('.item-row').first());
    await expect.poll(() => draftTitles(editor)).toEqual(['Pooled four', 'Direct five', 'Direct six', 'Pooled one', 'Pooled two']);
    await editor.getByRole('button', { name: 'Edit item 1' }).click();
    await editor.getByRole('button', { name: 'Save for later: item 1' }).click();
    await expect.poll(() => draftTitles(editor)).toEqual(['Direct five', 'Direct six', 'Pooled one', 'Pooled two']);
    await expect.poll(() => columnTitles(editor)).toEqual(['Pooled four']);
    await editor.getByRole('button', { name: 'Mark as published' }).click();
    await editor.getByRole('button', { name: /^Publish #\d+$/ }).click();
    await expect.poll(() => editor.getByRole('status').first().textContent()).toMatch(/is in the archive\./);
    await expect.poll(() => draftTitles(editor)).toEqual([]);
    // The next draft's editor starts with what was not used, beside it and under Collected.
    await expect.poll(() => columnTitles(editor)).toEqual(['Pooled four']);
    expect(await collected(editor)).toEqual(['Pooled four']);
    await editor.close();
  });

  it('keeps all of it across a restart of the browser', async () => {
    await browser.restart();
    const editor = await openEditor(browser.context, browser.extensionId);
    await expect.poll(() => collected(editor)).toEqual(['Pooled four']);
    await editor.goto(`chrome-extension://${browser.extensionId}/options/index.html#archive/1`);
    await expect.poll(() => editor.locator('main').textContent()).toContain('Pooled two');
    await editor.goto(`chrome-extension://${browser.extensionId}/options/index.html#draft`);
    await expect.poll(() => editor.getByLabel('Issue number').inputValue()).toBe('2');
    expect(await draftTitles(editor)).toEqual([]);
    await expect.poll(() => columnTitles(editor)).toEqual(['Pooled four']);
  });

  it('raised no page errors', () => {
    expect(browser.errors.messages).toEqual([]);
  });
});
