import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { nextIssueDate } from '../../src/core/dates';
import { openItem } from './harness/draft-items';
import { openEditor } from './harness/pages';
import { useExtension } from './harness/use-extension';

/**
 * The editor as the curator's desk, by keyboard only: write a whole issue (fields, items typed by
 * hand), reorder with Alt+Arrow, see the checks and the sanitized preview, publish, and find the
 * next draft numbered and dated.
 */
const browser = useExtension();
let editor: Page;

beforeAll(async () => {
  editor = await openEditor(browser.context, browser.extensionId);
  await editor.bringToFront();
  // Tabbing starts once the draft is open: before, the page has only its navigation to tab through.
  await editor.locator('#issue-number').waitFor();
});

/** What has the keyboard focus: its aria-label, else its id, else (buttons) its text. */
const focused = () =>
  editor.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('aria-label') || el?.id || el?.textContent?.trim() || '';
  });
const kb = () => editor.keyboard;

/** Tabs forward until the element with this accessible label (or id) has the focus. */
async function tabTo(label: string) {
  for (let i = 0; i < 60; i++) {
    if ((await focused()) === label) return;
    await kb().press('Tab');
  }
  throw new Error(`Never reached ${label} with Tab (at ${await focused()})`);
}

const ITEMS = [
  { title: 'Second in the issue', url: 'https://second.test/post', blurb: 'Read this second. 🔊' },
  { title: 'First in the issue', url: 'https://first.test/post', blurb: 'Read this first.' },
];

describe('writing an issue with the keyboard only', () => {
  it('fills the issue fields and types two items by hand', async () => {
    await tabTo('issue-number');
    await kb().press('Control+A');
    await kb().type('42');
    await tabTo('issue-headline');
    await kb().type('Keyboard only ⌨');
    await tabTo('issue-intro');
    await kb().type('This week: links about ');
    await kb().type('[keyboards](https://keyboards.test/).');
    for (const item of ITEMS) {
      await tabTo('Add item');
      await kb().press('Enter');
      const n = ITEMS.indexOf(item) + 1;
      await expect.poll(focused).toBe(`Item ${n} title`);
      await kb().type(item.title);
      await kb().press('Tab');
      await kb().type(item.url);
      await kb().press('Tab');
      await kb().type(item.blurb);
    }
    await expect.poll(() => editor.getByLabel('Item 2 commentary').inputValue()).toBe('Read this first.');
  });

  it('moves the second item up with Alt+ArrowUp', async () => {
    await kb().press('Alt+ArrowUp');
    await expect.poll(() => editor.getByLabel('Item 1 title').inputValue()).toBe('First in the issue');
  });

  it('checks the issue before export and exports intro links as the archive writes them', async () => {
    const checks = editor.getByRole('region', { name: 'Before you send' });
    await expect.poll(() => checks.textContent()).toContain('2 items');
    expect(await checks.textContent()).toContain('no emoji at the end of item 1');
    const markdown = editor.getByRole('region', { name: 'Markdown' });
    await expect.poll(() => markdown.textContent()).toContain('> This week: links about <a href="https://keyboards.test/">keyboards</a>.');
    expect(await markdown.textContent()).toContain('## [Kubelist Issue #42 for');
  });

  it('shows a rendered preview in which page titles stay text and no script runs', async () => {
    await editor.getByLabel('Item 1 title').fill('<img src=x onerror="document.title=\'pwned\'"> First');
    await editor.getByRole('button', { name: 'Preview', exact: true }).click();
    const preview = editor.getByRole('article', { name: 'Rendered preview' });
    await expect.poll(() => preview.locator('ol > li').count()).toBe(2);
    expect(await preview.locator('img, script').count()).toBe(0);
    expect(await preview.locator('blockquote a').getAttribute('href')).toBe('https://keyboards.test/');
    expect(await editor.title()).not.toBe('pwned');
    await editor.getByRole('button', { name: 'Markdown', exact: true }).click();
    await editor.getByLabel('Item 1 title').fill('First in the issue');
  });

  it('deletes with undo', async () => {
    await openItem(editor, 2);
    await editor.getByRole('button', { name: 'Delete item 2' }).click();
    await expect.poll(() => editor.getByRole('listitem', { name: /^Item \d$/ }).count()).toBe(1);
    await editor.getByRole('button', { name: 'Undo delete' }).click();
    await expect.poll(() => editor.getByRole('listitem', { name: /^Item \d$/ }).count()).toBe(2);
    await openItem(editor, 2);
    await expect.poll(() => editor.getByLabel('Item 2 title').inputValue()).toBe('Second in the issue');
  });

  it('publishes, and the next draft starts numbered and dated', async () => {
    await tabTo('Mark as published');
    await kb().press('Enter');
    await tabTo('Publish #42');
    await kb().press('Enter');
    const next = nextIssueDate(new Date(Date.now() + 86_400_000)); // the week after this one's date
    await expect.poll(() => editor.getByRole('status').textContent()).toMatch(/^Issue #42 is in the archive\. The new draft is #43 for \d{4}-\d{2}-\d{2}\./);
    await expect.poll(() => editor.getByLabel('Issue number').inputValue()).toBe('43');
    const date = await editor.getByLabel('Date').inputValue();
    expect(date >= next).toBe(true);
    expect(await editor.getByRole('listitem', { name: /^Item \d$/ }).count()).toBe(0);
  });

  it('raised no page errors', () => {
    expect(browser.errors.messages).toEqual([]);
  });
});
