import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { archiveFileNames, archivePath, archivePresent, describeWithArchive } from '../fixtures/archive';
import { openEditor } from './harness/pages';
import { useExtension } from './harness/use-extension';

/**
 * Search and statistics over the published archive, in a fresh profile: all 133 files imported
 * through the file picker as a curator does it, then an item found by a word only its blurb has
 * ("neodymium", #8 item 3) and opened at that item, and the statistics checked against the
 * archive's known facts. One browser profile for the whole file, in this order.
 */
// Every test here searches the imported archive: without it they are all skipped.
const names = archivePresent ? archiveFileNames() : [];

const browser = useExtension();
let editor: Page;

beforeAll(async () => {
  editor = await openEditor(browser.context, browser.extensionId);
});

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true }).click();
const hashOf = (page: Page) => new URL(page.url()).hash;
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the archive and the draft' });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
/** The archived item the address points at: highlighted (aria-current) and focused. */
const landedItem = (page: Page) => page.getByRole('list', { name: 'Items' }).locator('li[aria-current="true"]');
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describeWithArchive('search and statistics over the imported archive', () => {
  it('imports the 133 published issues through the file picker', async () => {
    await expect.poll(() => editor.getByLabel('Issue number').inputValue()).toBe('1');
    await section(editor, 'Import');
    const chooser = editor.waitForEvent('filechooser');
    await editor.getByRole('button', { name: 'Choose files' }).click();
    await (await chooser).setFiles(names.map(archivePath));
    await expect.poll(() => editor.locator('#import-summary').textContent()).toBe('133 files: 133 issues with 886 items to import.');
    await editor.getByRole('button', { name: 'Confirm import' }).click();
    await expect.poll(() => editor.getByRole('status').textContent()).toMatch(/^Imported 133 issues \(886 items\)\./);
  });

  it('finds #8 item 3 by "neodymium", a word only its blurb has, and opens the issue at that item', async () => {
    await section(editor, 'Search');
    await searchBox(editor).fill('neodymium');
    await expect.poll(() => editor.getByRole('status').textContent()).toBe('1 result');
    const hit = results(editor).first();
    expect(await hit.locator('.hit-meta').textContent()).toBe('Issue #8 · 2018-04-05 · item 3');
    expect(await hit.locator('mark').allTextContents()).toEqual(['neodymium']);
    expect(hashOf(editor)).toBe('#search?q=neodymium');

    await hit.getByRole('link', { name: 'Comparing Kubernetes Authentication Methods' }).click();
    expect(hashOf(editor)).toBe('#archive/8/3');
    await expect.poll(() => landedItem(editor).count()).toBe(1);
    expect(await landedItem(editor).getByRole('link').textContent()).toBe('Comparing Kubernetes Authentication Methods');
    expect(await landedItem(editor).textContent()).toContain('permitted to enter the neodymium mines');
    await expect.poll(() => focusedId(editor)).toBe('archived-item-3');
  });

  it('comes back to the same results with the back button, and after a reload', async () => {
    await editor.goBack();
    await expect.poll(() => hashOf(editor)).toBe('#search?q=neodymium');
    await expect.poll(() => searchBox(editor).inputValue()).toBe('neodymium');
    await expect.poll(() => editor.getByRole('status').textContent()).toBe('1 result');

    await editor.reload();
    await expect.poll(() => searchBox(editor).inputValue()).toBe('neodymium');
    await expect.poll(() => results(editor).count()).toBe(1);
  });

  it('ignores case and accents, and says so when nothing matches', async () => {
    await searchBox(editor).fill('NÉODYMIUM');
    await expect.poll(() => editor.getByRole('status').textContent()).toBe('1 result');
    await searchBox(editor).fill('neodymium zzyzx');
    await expect.poll(() => editor.getByRole('status').textContent()).toBe('No results');
  });

  it('shows the statistics: 133 issues, 886 items, and the 20 links featured twice', async () => {
    await section(editor, 'Stats');
    await expect.poll(() => editor.getByText('133 issues, 886 items').count()).toBe(1);
    expect(await editor.getByRole('heading', { name: 'Links featured more than once (20)' }).count()).toBe(1);
    const repeated = editor.getByRole('list', { name: 'Links featured more than once' }).locator(':scope > li');
    expect(await repeated.count()).toBe(20);
    const texts = await repeated.allTextContents();
    expect(texts.every((text) => text.includes('(twice)'))).toBe(true);
    expect(texts[0]).toMatch(/^k3s\.io \(twice\)/);

    // Each appearance links to the issue at the item.
    await repeated.first().getByRole('link', { name: '#134' }).click();
    expect(hashOf(editor)).toBe('#archive/134/1');
    await expect.poll(() => landedItem(editor).getByRole('link').textContent()).toBe('K3S');
    await expect.poll(() => focusedId(editor)).toBe('archived-item-1');
    // The archive brings its own style for the item a link lands on (it once came with search's).
    await expect.poll(() => landedItem(editor).evaluate((li) => getComputedStyle(li).outlineStyle)).toBe('solid');
  });

  it('raised no page errors', () => {
    expect(browser.errors.messages).toEqual([]);
  });
});
