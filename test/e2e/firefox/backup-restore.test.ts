import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syntheticIssue } from '../../fixtures/synthetic-issues';
import { type DownloadedFile, downloadedFile } from '../harness/firefox-downloads';
import { firefoxDriver } from '../harness/firefox-driver';
import { type LaunchedFirefox, launchFirefox } from '../harness/firefox-launch';
import { clickButton, fill, named, openExtensionPage, textOf } from '../harness/firefox-pages';
import { type ArticleServer, startServer } from '../harness/server';
import { threeClipsPages } from '../harness/three-clips';
import { clipThreePages, writeAndExport } from '../harness/three-clips-journey';

/**
 * A backup downloaded from the editor's Backup section in one Firefox profile, restored into a
 * fresh one (a second launch): the draft and the archive come back, as their exported markdown
 * shows. The file is picked with WebDriver BiDi's `input.setFiles`, which Firefox answers without
 * a file dialog.
 */
const ARCHIVED = 150;
let server: ArticleServer;
const launched: LaunchedFirefox[] = [];

beforeAll(async () => {
  server = await startServer({ ...threeClipsPages(), '/': '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Start</title>' });
});

afterAll(async () => {
  for (const firefox of launched) await firefox.close();
  await server?.close();
});

async function freshFirefox(): Promise<LaunchedFirefox> {
  const firefox = await launchFirefox();
  launched.push(firefox);
  return firefox;
}

/** Follows a link of the editor's section navigation, as a click on it does. */
async function openSection(page: Page, name: string) {
  const link = await page.waitForFunction(
    (wanted) => Array.from(document.querySelectorAll('nav a')).find((element) => element.textContent?.trim() === wanted) ?? null,
    {},
    name,
  );
  await (link.asElement() as ElementHandle<Element>).click();
}

const markdownOf = (page: Page) => textOf(page, '[role="region"][aria-label="Markdown"]');
const statusOf = (page: Page) => textOf(page, 'main [role="status"]');

/** The markdown the archived issue downloads as, from its page in the Archive. */
async function archivedMarkdown(firefox: LaunchedFirefox, page: Page): Promise<string> {
  await page.evaluate((number) => {
    location.hash = `#archive/${number}`;
  }, ARCHIVED);
  // The heading gets the issue's date once the issue is read; until then the draft's button may still be there.
  await expect.poll(() => textOf(page, '#archived-heading')).toMatch(new RegExp(`^Issue #${ARCHIVED} · `));
  return (await downloadedFile(firefox, () => clickButton(page, 'Download markdown'))).text;
}

/** What the first profile exported and backed up, for the second to compare. */
let draft: string | null;
let archived: string;
let backup: DownloadedFile;

describe('backup and restore in Firefox ESR', () => {
  test('a backup is downloaded from a profile with a draft and an archived issue', async () => {
    const source = await freshFirefox();
    const driver = firefoxDriver(source, server.url('/'));
    await clipThreePages(driver, server.url);
    await writeAndExport(driver, new URL(server.url('/')).origin);

    const editor = await openExtensionPage(source, server.url('/'), 'options/index.html');
    await openSection(editor, 'Import');
    await fill(editor, 'Paste markdown', syntheticIssue(ARCHIVED));
    await clickButton(editor, 'Confirm import');
    await expect.poll(() => statusOf(editor)).toMatch(/^Imported 1 issue/);
    await openSection(editor, 'Draft');
    await expect.poll(() => markdownOf(editor)).toContain('Three links, two browsers');
    draft = await markdownOf(editor);
    archived = await archivedMarkdown(source, editor);
    expect(archived).toContain(`Kubelist Issue #${ARCHIVED} `);

    await openSection(editor, 'Backup');
    await expect.poll(() => textOf(editor, '#last-backup')).toMatch(/^No backup yet: \d+ items are in no backup\.$/);
    backup = await downloadedFile(source, () => clickButton(editor, 'Download backup'));
    expect(backup.name).toMatch(/\.json$/);
    await expect.poll(() => textOf(editor, '#last-backup')).toMatch(/^Last backup: .*; nothing added since\.$/);
    await editor.close();
  });

  test('restored into a fresh profile, it brings the draft and the archive back', async () => {
    expect(backup, 'the backup of the test before').toBeDefined();
    const target = await freshFirefox();
    const fresh = await openExtensionPage(target, server.url('/'), 'options/index.html');
    await expect.poll(async () => (await named(fresh, 'field', 'Issue number')).evaluate((field) => (field as HTMLInputElement).value)).toBe('1');
    await openSection(fresh, 'Backup');
    const picker = await named(fresh, 'field', 'Backup file to restore');
    await (picker as ElementHandle<HTMLInputElement>).uploadFile(backup.path);
    await expect.poll(() => textOf(fresh, '#restore-summary')).toMatch(/1 published issue \(\d+ items\), the draft #200 with 3 items/);
    await clickButton(fresh, 'Confirm restore');
    await expect.poll(() => statusOf(fresh)).toMatch(/^Merged the backup/);
    await openSection(fresh, 'Draft');
    await expect.poll(() => markdownOf(fresh)).toBe(draft);
    expect(await archivedMarkdown(target, fresh)).toBe(archived);
    await fresh.close();
  });
});
