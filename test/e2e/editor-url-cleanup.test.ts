import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openEditor } from './harness/pages';
import { useExtension } from './harness/use-extension';

/**
 * An address typed into an item in the editor is cleaned as a clipped page's is, in the real
 * browser's events: typed, then the field left (the `change` event), not on each keystroke.
 */
const browser = useExtension();
let editor: Page;

beforeAll(async () => {
  editor = await openEditor(browser.context, browser.extensionId);
});

describe('an address typed in the editor', () => {
  const typed = 'https://blog.test/post?utm_source=newsletter&id=3';

  it('exports without its tracking parameters once the field is left, and says so', async () => {
    await editor.getByRole('button', { name: 'Add item' }).click();
    await editor.getByLabel('Item 1 title').fill('A post');
    await editor.getByLabel('Item 1 URL').click();
    await editor.keyboard.type(typed);
    await editor.keyboard.press('Tab');
    await expect.poll(() => editor.getByLabel('Item 1 URL').inputValue()).toBe('https://blog.test/post?id=3');
    expect(await editor.getByText('Tracking parameters removed.').count()).toBe(1);
    const markdown = editor.getByRole('region', { name: 'Markdown' });
    await expect.poll(() => markdown.textContent()).toContain('(https://blog.test/post?id=3)');
    expect(await markdown.textContent()).not.toContain('utm_source');
  });

  it('gives the original back with one click, and keeps it', async () => {
    await editor.getByRole('button', { name: 'Use the original address for item 1' }).click();
    await expect.poll(() => editor.getByLabel('Item 1 URL').inputValue()).toBe(typed);
    await editor.getByLabel('Item 1 URL').focus();
    await editor.keyboard.press('Tab');
    const markdown = editor.getByRole('region', { name: 'Markdown' });
    await expect.poll(() => markdown.textContent()).toContain('utm_source=newsletter');
    expect(await editor.getByLabel('Item 1 URL').inputValue()).toBe(typed);
    expect(browser.errors.messages).toEqual([]);
  });
});
