import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openEditor } from './harness/pages';
import { startServer } from './harness/server';
import { useExtension } from './harness/use-extension';
import { useServer } from './harness/use-server';

/**
 * Issue 19's send step in the real browser: "Copy for email" puts the draft on the clipboard as
 * rich HTML, and pasting it into an editable page (as an email editor is) keeps the numbered
 * list and every link.
 */
const PASTE_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Compose</title></head>
<body><div id="compose" contenteditable="true" aria-label="Compose" style="min-height:200px"></div></body></html>`;

const ITEMS = [
  { title: 'Gateway API & friends', url: 'https://gateway.example/post?id=3', blurb: 'Routes, explained. 🚪' },
  { title: 'Debugging <pods>', url: 'https://debug.example/pods', blurb: 'Ephemeral containers.' },
];

// The browser asks every page's site for a favicon; an empty answer keeps the page's console free of 404s.
const server = useServer(() => startServer({ '/compose': PASTE_PAGE, '/favicon.ico': '' }));
const browser = useExtension();
let editor: Page;

beforeAll(async () => {
  editor = await openEditor(browser.context, browser.extensionId);
  // For every origin: Chromium refuses a grant naming the extension's origin (it counts as opaque here).
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

describe('Copy for email', () => {
  it('pastes into a contenteditable page as a numbered list with the items’ links intact', async () => {
    for (const [index, item] of ITEMS.entries()) {
      await editor.getByRole('button', { name: 'Add item' }).click();
      await editor.getByLabel(`Item ${index + 1} title`).fill(item.title);
      await editor.getByLabel(`Item ${index + 1} URL`).fill(item.url);
      await editor.getByLabel(`Item ${index + 1} URL`).press('Tab');
    }
    const markdown = editor.getByRole('region', { name: 'Markdown' });
    await expect.poll(() => markdown.textContent()).toContain('(https://debug.example/pods)');

    await editor.getByRole('button', { name: 'Copy for email' }).click();
    await expect.poll(() => editor.getByText('Copied for email: paste it into your newsletter’s editor.').count()).toBe(1);

    const page = await browser.context.newPage();
    await page.goto(server().url('/compose'));
    await page.locator('#compose').click();
    await page.keyboard.press('Control+V');
    await expect.poll(() => page.locator('#compose li').count()).toBe(ITEMS.length);

    const pasted = await page.locator('#compose').evaluate((box) => ({
      lists: box.querySelectorAll('ol').length,
      links: [...box.querySelectorAll('ol li a')].map((a) => ({ text: a.textContent, href: a.getAttribute('href') })),
      scripts: box.querySelectorAll('script').length,
      handlers: [...box.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on'))),
    }));
    expect(pasted.lists).toBe(1);
    expect(pasted.links).toEqual(ITEMS.map((item) => ({ text: item.title, href: item.url })));
    expect(pasted).toMatchObject({ scripts: 0, handlers: [] });

    // The plain-text alternative is the export's markdown.
    const text = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item ? (await item.getType('text/plain')).text() : '';
    });
    expect(text).toContain('1. [Debugging \\<pods>](https://debug.example/pods)');
    await page.close();
    expect(browser.errors.messages).toEqual([]);
  });
});
