import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openEditor } from './harness/pages';
import { seedArchive } from './harness/seed-archive';
import { useExtension } from './harness/use-extension';

/**
 * A large archive (3,000 issues, 5 items each) in real Chromium: #archive shows its first page and
 * pages, or jumps by year, to the oldest issue; an issue opened from it links to its neighbours.
 */
const ISSUES = 3000;

const browser = useExtension();
let editor: Page;

beforeAll(async () => {
  editor = await openEditor(browser.context, browser.extensionId);
  // The draft is made on first open: wait for it, so the database exists before seeding.
  await editor.locator('.items-heading').waitFor();
  await seedArchive(editor, { issues: ISSUES, itemsPerIssue: 5 });
});

const pager = () => editor.getByRole('navigation', { name: 'Archive pages' });
const rows = () => editor.getByRole('table').getByRole('row');
const firstNumber = () => rows().nth(1).getByRole('cell').first().textContent();
const lastNumber = () => rows().last().getByRole('cell').first().textContent();

describe('the archive list of 3,000 issues', () => {
  it('shows its first page, newest first, then the totals', async () => {
    await editor.goto(`chrome-extension://${browser.extensionId}/options/index.html#archive`);
    await expect.poll(() => editor.locator('main[data-view="archive"]').getAttribute('aria-busy')).toBe('false');
    expect(await rows().count()).toBe(101);
    expect(await rows().nth(1).getByRole('cell').allTextContents()).toEqual(['#3000', '2075-08-07', 'Issue 3000', '5']);
    await expect.poll(() => editor.getByText('3000 issues, 15000 items').count()).toBe(1);
    expect(await pager().getByText('Issues 1–100 of 3000').count()).toBe(1);
  });

  it('pages to the oldest issue with the keyboard, and back to the newest', async () => {
    await pager().getByRole('button', { name: 'Older ›' }).focus();
    await editor.keyboard.press('Enter');
    await expect.poll(firstNumber).toBe('#2900');
    expect(await editor.getByRole('status').textContent()).toBe('Issues 101–200 of 3000');
    await pager().getByRole('button', { name: 'Oldest »' }).focus();
    await editor.keyboard.press('Enter');
    await expect.poll(lastNumber).toBe('#1');
    expect(await firstNumber()).toBe('#100');
    expect(await rows().count()).toBe(101);
    // The pressed button is disabled now: the focus stays on the pager, on where the list is.
    await expect.poll(() => editor.evaluate(() => document.activeElement?.textContent)).toBe('Issues 2901–3000 of 3000');
    await pager().getByRole('button', { name: '« Newest' }).click();
    await expect.poll(firstNumber).toBe('#3000');
  });

  it('jumps to a year, and opens an issue there with links to its neighbours', async () => {
    await pager().getByLabel('Year').selectOption('2040');
    // The newest issue of 2040 is #1194, of 2040-12-26 (#1195 went out on 2041-01-02).
    await expect.poll(firstNumber).toBe('#1194');
    expect(await rows().nth(1).getByRole('cell').nth(1).textContent()).toBe('2040-12-26');
    await editor.getByRole('link', { name: '#1190', exact: true }).click();
    const nav = editor.getByRole('navigation', { name: 'Archive', exact: true });
    await expect.poll(() => nav.getByRole('link').allTextContents()).toEqual(['← All issues', '‹ #1189', '#1191 ›']);
    await editor.goBack();
    await expect.poll(firstNumber).toBe('#1194');
  });

  it('logged no errors', () => {
    expect(browser.errors.messages).toEqual([]);
  });
});
