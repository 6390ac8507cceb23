import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { archiveFileNames, archivePath, archivePresent, describeWithArchive } from '../fixtures/archive';
import { openEditor } from './harness/pages';
import { useExtension } from './harness/use-extension';

/**
 * The published archive imported as a folder, as a curator picks their newsletter repository's
 * folder in Chromium. The folder is a real one in the page's origin-private file system, with
 * the issues in `issues/` beside a feed and a `.git` folder that must not be entered; only the
 * picker's dialog, which automation cannot answer, is replaced by a function that returns it.
 */
const names = archivePresent ? archiveFileNames() : [];

const browser = useExtension();
let editor: Page;

beforeAll(async () => {
  editor = await openEditor(browser.context, browser.extensionId);
});

/** Writes the repository into the page's private file system and makes the folder picker return it. */
async function repositoryInPage(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate(async (issues) => {
    const root = await navigator.storage.getDirectory();
    const repo = await root.getDirectoryHandle('newsletter', { create: true });
    const write = async (dir: FileSystemDirectoryHandle, name: string, body: string) => {
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
      await writable.write(body);
      await writable.close();
    };
    const issuesDir = await repo.getDirectoryHandle('issues', { create: true });
    for (const { name, text } of issues) await write(issuesDir, name, text);
    await write(issuesDir, 'feed.xml', '<feed xmlns="http://www.w3.org/2005/Atom"/>');
    await write(await repo.getDirectoryHandle('.git', { create: true }), 'kubelist-999.md', 'not an issue: git’s own folder');
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => repo;
  }, files);
}

describeWithArchive('importing a folder', () => {
  it('previews the 133 issues found in the folder’s issues folder and imports them on confirm', async () => {
    await editor.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Import', exact: true }).click();
    const chooseFolder = editor.getByRole('button', { name: 'Choose a folder' });
    await chooseFolder.waitFor();
    await repositoryInPage(
      editor,
      names.map((name) => ({ name, text: readFileSync(archivePath(name), 'utf8') })),
    );
    await chooseFolder.click();

    await expect.poll(() => editor.locator('#import-summary').textContent()).toBe('133 files: 133 issues with 886 items to import.');
    const row = editor.getByRole('row', { name: /issues\/kubelist-117\.md/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['#117', '2021-03-03', '7', 'Backstage (from Spotify) 🔊', 'New in the archive.']);
    expect(await editor.getByRole('row', { name: /kubelist-999/ }).count()).toBe(0);

    await editor.getByRole('button', { name: 'Confirm import' }).click();
    await expect.poll(() => editor.getByRole('status').first().textContent()).toMatch(/^Imported 133 issues \(886 items\)\./);
    expect(browser.errors.messages).toEqual([]);
  });
});
