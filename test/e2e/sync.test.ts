import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { startGitServer } from '../servers/git-http-server';
import { siteNamePost } from './harness/articles';
import { openItem } from './harness/draft-items';
import { openEditor, openPopupFor } from './harness/pages';
import { startServer } from './harness/server';
import { tabIdFor } from './harness/tabs';
import { type ExtensionBrowser, useExtension } from './harness/use-extension';
import { useServer } from './harness/use-server';

/**
 * Two computers (two browser profiles with the extension) set up against one repository served by
 * Debian's git http-backend on 127.0.0.1, through Settings → Sync as a curator would.
 */
const git = useServer(() => startGitServer());
const articles = useServer(() => startServer({ [siteNamePost.path]: siteNamePost.html }));
const laptop = useExtension();
const work = useExtension();
let laptopEditor: Page;
let workEditor: Page;

beforeAll(async () => {
  laptopEditor = await openEditor(laptop.context, laptop.extensionId);
  workEditor = await openEditor(work.context, work.extensionId);
});

const status = (editor: Page) => editor.locator('#sync-status');

async function setUpSync(editor: Page, browser: ExtensionBrowser, name: string) {
  await editor.bringToFront();
  await editor.goto(`chrome-extension://${browser.extensionId}/options/index.html#settings`);
  await editor.getByLabel('Repository URL').fill(git().url);
  await editor.getByLabel('Access token').fill(git().token);
  await editor.getByLabel('Your name').fill(name);
  await editor.getByRole('button', { name: 'Save and sync' }).click();
  await expect.poll(() => status(editor).textContent()).toMatch(/^Synced at /);
}

async function syncNow(editor: Page) {
  await editor.bringToFront();
  await editor.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  await editor.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => status(editor).textContent()).toMatch(/^Synced at /);
}

describe('sync through a git repository, two computers', () => {
  it('a wrong token is turned away in plain words, and nothing is saved in the repository', async () => {
    await laptopEditor.bringToFront();
    await laptopEditor.goto(`chrome-extension://${laptop.extensionId}/options/index.html#settings`);
    await laptopEditor.getByLabel('Repository URL').fill(git().url);
    await laptopEditor.getByLabel('Access token').fill('not-the-token');
    await laptopEditor.getByRole('button', { name: 'Save and sync' }).click();
    await expect.poll(() => status(laptopEditor).textContent()).toBe('The repository turned the access token away: check it, or make a new one.');
    expect(() => git().git('rev-parse', '--verify', '--quiet', 'main')).toThrow();
  });

  it('a link clipped on one computer shows on the other after a sync; a publication lands in the repository byte for byte', async () => {
    await setUpSync(laptopEditor, laptop, 'Laptop');
    await setUpSync(workEditor, work, 'Work');

    const article = await laptop.context.newPage();
    await article.goto(articles().url(siteNamePost.path));
    const popup = await openPopupFor(laptop.context, laptop.extensionId, await tabIdFor(laptop.context, laptop.extensionId, article.url()));
    await popup.bringToFront();
    await expect.poll(() => popup.getByLabel('Title', { exact: true }).inputValue()).toBe('Operators in depth');
    await popup.getByLabel('Commentary').fill('Synced across computers 🔁');
    await popup.getByRole('button', { name: 'Add to issue' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/^Added/);
    await popup.close();
    await article.close();

    await syncNow(laptopEditor);
    await syncNow(workEditor);
    await workEditor.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Draft', exact: true }).click();
    await openItem(workEditor, 1);
    await expect.poll(() => workEditor.getByLabel('Item 1 title').inputValue()).toBe('Operators in depth');

    // Written at work, published on the laptop.
    await workEditor.getByLabel('Headline').fill('Synced issue ✨');
    await workEditor.getByLabel('Headline').press('Tab');
    await syncNow(workEditor);
    await syncNow(laptopEditor);
    await laptopEditor.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Draft', exact: true }).click();
    await expect.poll(() => laptopEditor.getByLabel('Headline').inputValue()).toBe('Synced issue ✨');
    const markdown = await laptopEditor.getByRole('region', { name: 'Markdown' }).textContent();
    const number = Number(/Issue #(\d+)/.exec(markdown ?? '')?.[1]);
    await laptopEditor.getByRole('button', { name: 'Mark as published' }).click();
    await laptopEditor.getByRole('button', { name: `Publish #${number}` }).click();
    await expect.poll(() => laptopEditor.getByRole('status').first().textContent()).toMatch(/is in the archive/);
    await syncNow(laptopEditor);
    expect(git().git('show', `main:issues/kubelist-${number}.md`)).toBe(markdown);
    expect(git().git('fsck', '--strict', '--no-dangling')).toBe('');
  });

  it('threw nothing on either computer (the wrong token’s 401s are the network’s log, not errors of the extension)', () => {
    const thrown = [laptop, work].flatMap((computer) => computer.errors.messages).filter((message) => !message.includes('status of 401'));
    expect(thrown).toEqual([]);
  });
});
