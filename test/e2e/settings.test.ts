import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteNamePost } from './harness/articles';
import { openItem } from './harness/draft-items';
import { openEditor, openPopupFor } from './harness/pages';
import { startServer } from './harness/server';
import { tabIdFor } from './harness/tabs';
import { useExtension } from './harness/use-extension';
import { useServer } from './harness/use-server';

/** Settings the curator changes in the editor take effect in the popup, the export and the draft. */
const server = useServer(() => startServer({ [siteNamePost.path]: siteNamePost.html }));
const browser = useExtension();
let editor: Page;

beforeAll(async () => {
  editor = await openEditor(browser.context, browser.extensionId);
  await editor.bringToFront();
});

/** The popup on the post; `query` makes it another page (the post itself is added by the first test). */
async function clipPost(query = ''): Promise<Page> {
  const article = await browser.context.newPage();
  await article.goto(server().url(siteNamePost.path + query));
  const popup = await openPopupFor(browser.context, browser.extensionId, await tabIdFor(browser.context, browser.extensionId, article.url()));
  await popup.bringToFront();
  return popup;
}

describe('settings', () => {
  it('turning a cleanup rule off keeps the site name in clipped titles', async () => {
    const before = await clipPost();
    await expect.poll(() => before.getByLabel('Title', { exact: true }).inputValue()).toBe('Operators in depth');
    await before.close();
    await editor.bringToFront();
    await editor.goto(`chrome-extension://${browser.extensionId}/options/index.html#settings`);
    await editor.getByText('Advanced: how titles and addresses are cleaned').click();
    // "Title | Example Blog" matches two rules: the site name from og:site_name, and the one with
    // a product word ("Blog"); with both off, the site name stays.
    for (const name of [/^Removes the site name before or after the title/, /^Removes the site name with a product word/]) {
      await editor.getByRole('checkbox', { name }).uncheck();
      await expect.poll(() => editor.getByRole('status').textContent()).toBe('Settings saved.');
    }
    const after = await clipPost();
    await expect.poll(() => after.getByLabel('Title', { exact: true }).inputValue()).toBe('Operators in depth | Example Blog');
    await after.getByRole('button', { name: 'Add to issue' }).click();
    await expect.poll(() => after.getByRole('status').textContent()).toMatch(/^Added/);
  });

  it('the issue base URL goes into the export, and the recurring slot is offered and kept last', async () => {
    await editor.bringToFront();
    await editor.goto(`chrome-extension://${browser.extensionId}/options/index.html#settings`);
    await editor.getByLabel('Issue base URL').fill('https://mesh.example/issues/');
    await editor.getByLabel('Issue base URL').press('Tab');
    await expect.poll(() => editor.getByRole('status').textContent()).toBe('Settings saved.');
    await editor.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Draft', exact: true }).click();
    const markdown = editor.getByRole('region', { name: 'Markdown' });
    await expect.poll(() => markdown.textContent()).toMatch(/^## \[Kubelist Issue #1 for [\d-]+\]\(https:\/\/mesh\.example\/issues\/1\)/);
    await editor.getByRole('button', { name: 'Add “Tweet of the week”' }).click();
    // Added, it opens to edit.
    await expect.poll(() => editor.getByLabel('Item 2 title').inputValue()).toBe('Tweet of the week');
    // Clipped after the slot: goes in before it. (Another page: the post is in the draft already,
    // and the popup would open that item.)
    const popup = await clipPost('?part=2');
    await popup.getByLabel('URL', { exact: true }).fill('https://example.com/another');
    await popup.getByRole('button', { name: 'Add to issue' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/^Added/);
    await editor.bringToFront();
    await expect.poll(() => editor.getByRole('listitem', { name: 'Item 3', exact: true }).count()).toBe(1);
    await openItem(editor, 3);
    await expect.poll(() => editor.getByLabel('Item 3 title').inputValue()).toBe('Tweet of the week');
  });

  it('a setting changed in one editor tab shows in another at once, without a reload', async () => {
    const settingsUrl = `chrome-extension://${browser.extensionId}/options/index.html#settings`;
    const other = await openEditor(browser.context, browser.extensionId);
    await other.goto(settingsUrl);
    await editor.bringToFront();
    await editor.goto(settingsUrl);
    const name = (page: Page) => page.getByLabel('Newsletter name');
    const before = await name(editor).inputValue();
    await name(editor).fill('Mesh Weekly');
    await name(editor).press('Tab');
    await expect.poll(() => editor.getByRole('status').textContent()).toBe('Settings saved.');
    await expect.poll(() => name(other).inputValue()).toBe('Mesh Weekly');
    // Back as it was, for the tests after this one.
    await name(editor).fill(before);
    await name(editor).press('Tab');
    await expect.poll(() => name(other).inputValue()).toBe(before);
    await other.close();
  });
});
