import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openEditor } from './harness/pages';
import { useExtension } from './harness/use-extension';

/**
 * The draft view built for a week of curation, in a 1280×900 window: ten items as compact rows
 * fit under the fields, Publish is on screen in the side panel, and the rows answer the
 * keyboard (j/k and the arrows, Enter, Escape, Alt+↓). Sizes are read from the layout, never timed.
 */
const browser = useExtension();
let editor: Page;

const TEN = Array.from({ length: 10 }, (_, i) => ({
  title: `Link ${i + 1}: a title as long as the ones pages really have, and then some more words`,
  url: `https://site-${i + 1}.example.org/posts/${i + 1}`,
  blurb: `Why item ${i + 1} matters this week, in a sentence or two. 🧭`,
}));

beforeAll(async () => {
  editor = await openEditor(browser.context, browser.extensionId);
  await editor.setViewportSize({ width: 1280, height: 900 });
  await editor.bringToFront();
});

const focusedId = () => editor.evaluate(() => document.activeElement?.id ?? '');
const rows = () => editor.getByRole('list', { name: 'Items' }).locator(':scope > li');
/** The items shown as one-line rows (an open item is a card). */
const compactRows = () => editor.getByRole('list', { name: 'Items' }).locator(':scope > li.item-row');
const markdown = () => editor.getByRole('region', { name: 'Markdown' }).textContent();
/** The item ids in list order, from the rows' `item-<id>` ids. */
const ids = () => rows().evaluateAll((lis) => lis.map((li) => li.id.replace(/^item-/, '')));
/** Where an element is in the window, without scrolling it into view. */
const box = (page: Page, selector: string) =>
  page.evaluate((css) => {
    const rect = document.querySelector(css)!.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, height: rect.height };
  }, selector);

describe('ten items in a 1280×900 window', () => {
  it('writes the issue: headline, intro and ten items added by hand', async () => {
    await editor.getByLabel('Headline', { exact: true }).fill('Ten links for a long week');
    await editor.getByLabel('Intro').fill('This week: schedulers, storage, and a few stories from the field.');
    for (const [i, item] of TEN.entries()) {
      await editor.getByRole('button', { name: 'Add item', exact: true }).click();
      // A new item opens to edit, its title focused.
      await expect.poll(focusedId).toMatch(/^item-.+-title$/);
      await editor.getByLabel(`Item ${i + 1} title`).fill(item.title);
      await editor.getByLabel(`Item ${i + 1} URL`).fill(item.url);
      await editor.getByLabel(`Item ${i + 1} commentary`).fill(item.blurb);
    }
    await editor.keyboard.press('Escape');
    await expect.poll(() => compactRows().count()).toBe(10);
    await expect.poll(markdown).toContain(`[${TEN[9]!.title}](${TEN[9]!.url})`);
  });

  it('shows all ten rows and the Publish button without scrolling', async () => {
    await editor.evaluate(() => window.scrollTo(0, 0));
    expect(await editor.evaluate(() => window.scrollY)).toBe(0);
    const viewport = editor.viewportSize()!;
    expect(viewport).toEqual({ width: 1280, height: 900 });
    const first = await box(editor, 'ol[aria-label="Items"] > li:first-child');
    const last = await box(editor, 'ol[aria-label="Items"] > li:last-child');
    // The headline and intro are above the rows.
    expect((await box(editor, '#issue-intro')).bottom).toBeLessThan(first.top);
    expect(last.bottom).toBeLessThanOrEqual(viewport.height);
    // A row is one line, not a card.
    expect(first.height).toBeLessThanOrEqual(48);
    const publish = editor.getByRole('button', { name: 'Mark as published' });
    const button = (await publish.boundingBox())!;
    expect(button.y).toBeGreaterThanOrEqual(0);
    expect(button.y + button.height).toBeLessThanOrEqual(viewport.height);
    // Each row shows its number, title, site and the blurb's first line and emoji.
    const third = rows().nth(2);
    expect(await third.getAttribute('aria-label')).toBe('Item 3');
    expect(await third.locator('.row-title').textContent()).toBe(TEN[2]!.title);
    expect(await third.locator('.row-host').textContent()).toBe('site-3.example.org');
    expect(await third.locator('.row-emoji').textContent()).toBe('🧭');
  });

  it('keeps Publish in view with an item open and the page scrolled to its end', async () => {
    await editor.getByRole('button', { name: 'Edit item 10', exact: true }).click();
    await editor.getByLabel('Item 10 title').waitFor();
    await editor.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // The open card makes the page taller than the window: it did scroll.
    expect(await editor.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const publish = (await editor.getByRole('button', { name: 'Mark as published' }).boundingBox())!;
    expect(publish.y).toBeGreaterThanOrEqual(0);
    expect(publish.y + publish.height).toBeLessThanOrEqual(900);
    await editor.getByRole('button', { name: 'Done with item 10' }).click();
    await expect.poll(() => compactRows().count()).toBe(10);
    await editor.evaluate(() => window.scrollTo(0, 0));
  });
});

describe('the rows from the keyboard', () => {
  it('goes down with j and ↓ and up with k', async () => {
    const order = await ids();
    await rows().first().focus();
    await editor.keyboard.press('j');
    expect(await focusedId()).toBe(`item-${order[1]}`);
    await editor.keyboard.press('ArrowDown');
    expect(await focusedId()).toBe(`item-${order[2]}`);
    await editor.keyboard.press('k');
    expect(await focusedId()).toBe(`item-${order[1]}`);
  });

  it('opens the focused row with Enter and closes it with Escape, back on the row', async () => {
    const order = await ids();
    await editor.keyboard.press('Enter');
    await expect.poll(focusedId).toBe(`item-${order[1]}-title`);
    expect(await editor.getByLabel('Item 2 title').inputValue()).toBe(TEN[1]!.title);
    expect(await compactRows().count()).toBe(9);
    await editor.keyboard.press('Escape');
    await expect.poll(focusedId).toBe(`item-${order[1]}`);
    expect(await editor.getByLabel('Item 2 title').count()).toBe(0);
    expect(await compactRows().count()).toBe(10);
  });

  it('moves the focused row down with Alt+↓, in the list and in the markdown', async () => {
    const order = await ids();
    const before = (await markdown())!;
    expect(before.indexOf(TEN[1]!.title)).toBeLessThan(before.indexOf(TEN[2]!.title));
    await editor.keyboard.press('Alt+ArrowDown');
    await expect.poll(ids).toEqual([order[0], order[2], order[1], ...order.slice(3)]);
    // The focus stays with the item, now third.
    await expect.poll(focusedId).toBe(`item-${order[1]}`);
    expect(await rows().nth(2).getAttribute('aria-label')).toBe('Item 3');
    await expect
      .poll(async () => {
        const text = (await markdown())!;
        return text.indexOf(TEN[2]!.title) < text.indexOf(TEN[1]!.title);
      })
      .toBe(true);
  });
});

describe('landing on an item', () => {
  it('opens the item a check is about, from the check’s link in the side panel', async () => {
    const order = await ids();
    await editor.getByRole('button', { name: 'Edit item 5', exact: true }).click();
    await editor.getByLabel('Item 5 commentary').fill('');
    await editor.keyboard.press('Escape');
    await expect.poll(() => compactRows().count()).toBe(10);
    const check = editor.getByRole('region', { name: 'Before you send' }).getByRole('link', { name: /^Item 5 .* has no blurb\.$/ });
    await check.click();
    await expect.poll(focusedId).toBe(`item-${order[4]}`);
    expect(await editor.getByLabel('Item 5 commentary').inputValue()).toBe('');
    expect(await compactRows().count()).toBe(9);
    await editor.getByLabel('Item 5 commentary').fill(TEN[4]!.blurb);
  });

  it('opens the item an address names (#draft/<id>, as search links it)', async () => {
    const order = await ids();
    await editor.evaluate((id) => {
      location.hash = `#draft/${id}`;
    }, order[7]);
    await expect.poll(focusedId).toBe(`item-${order[7]}`);
    expect(await editor.getByLabel('Item 8 title').inputValue()).toBe(TEN[7]!.title);
    expect(await editor.getByLabel('Item 5 title').count()).toBe(0);
  });

  it('raised no page errors', () => {
    expect(browser.errors.messages).toEqual([]);
  });
});
