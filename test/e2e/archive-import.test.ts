import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { nextIssueDate } from '../../src/core/dates';
import { archiveFileNames, archivePath, archivePresent, describeWithArchive, archiveText as text } from '../fixtures/archive';
import { E2E_EXTENSION_DIR } from './harness/launch';
import { openPopupFor } from './harness/pages';
import { startServer } from './harness/server';
import { tabIdFor } from './harness/tabs';
import { useExtension } from './harness/use-extension';

/** #134 went out on 2021-07-14; the next issue is due on the coming Wednesday, today included. */
const NEXT_DATE = nextIssueDate(new Date());

/**
 * The published archive into the editor, as a curator does it: all 133 files through the file
 * picker, a preview, one confirmed import; then the archive list, an issue read-only with its
 * export, the zip of everything, a mojibake'd copy pasted and repaired, and a re-import that
 * asks replace or skip. One browser profile for the whole file, in this order.
 */
// Every test here builds on the import of the whole archive: without it they are all skipped.
const names = archivePresent ? archiveFileNames() : [];

/**
 * Strings only the import UI and only fflate hold (fflate's error table), whatever the minifier
 * does. The import UI's is a message name: the text itself is in _locales, not in the code.
 */
const IMPORT_UI = 'confirmImport';
const FFLATE = 'date not in range 1980-2099';
/** URLs of the extension's scripts the editor page has run, as reported over CDP. */
const scriptsRun = new Set<string>();
const loads = (marker: string) => [...scriptsRun].some((url) => readFileSync(join(E2E_EXTENSION_DIR, new URL(url).pathname), 'utf8').includes(marker));

const browser = useExtension();
let editor: Page;

beforeAll(async () => {
  // Opened by hand rather than with openEditor, to watch the scripts it runs from the start
  // (extension resources do not show in the page's own resource timing).
  editor = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(editor);
  cdp.on('Debugger.scriptParsed', ({ url }: { url: string }) => {
    if (url.startsWith('chrome-extension://')) scriptsRun.add(url);
  });
  await cdp.send('Debugger.enable');
  await editor.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
});

const statusOf = (page: Page) => page.getByRole('status').textContent();
const markdownOf = (page: Page) => page.getByRole('region', { name: 'Markdown' }).textContent();
const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true }).click();

describeWithArchive('importing the published archive', () => {
  it('starts from a fresh profile with draft #1, without loading the import code or the zip library', async () => {
    await expect.poll(() => editor.getByLabel('Issue number').inputValue()).toBe('1');
    expect(names).toHaveLength(133);
    expect(scriptsRun.size).toBeGreaterThan(0);
    expect(loads(IMPORT_UI)).toBe(false);
    expect(loads(FFLATE)).toBe(false);
  });

  it('previews all 133 files from the file picker and imports them in one go on confirm', async () => {
    await section(editor, 'Import');
    await expect.poll(() => loads(IMPORT_UI)).toBe(true);
    expect(loads(FFLATE)).toBe(false);
    const chooser = editor.waitForEvent('filechooser');
    await editor.getByRole('button', { name: 'Choose files' }).click();
    await (await chooser).setFiles(names.map(archivePath));

    await expect.poll(() => editor.locator('#import-summary').textContent()).toBe('133 files: 133 issues with 886 items to import.');
    expect(await editor.getByRole('table').getByRole('row').count()).toBe(134); // with the header
    const row = editor.getByRole('row', { name: /kubelist-117\.md/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['#117', '2021-03-03', '7', 'Backstage (from Spotify) 🔊', 'New in the archive.']);

    await editor.getByRole('button', { name: 'Confirm import' }).click();
    await expect.poll(() => statusOf(editor)).toBe(`Imported 133 issues (886 items). The empty draft is now #135 for ${NEXT_DATE}.`);
  });

  it('lists 133 issues and 886 items in the archive, newest first', async () => {
    await section(editor, 'Archive');
    await expect.poll(() => editor.getByText('133 issues, 886 items').count()).toBe(1);
    const rows = editor.getByRole('table').getByRole('row');
    // A page of 100 (with the header row), then the other 33.
    expect(await rows.count()).toBe(101);
    expect(await editor.getByRole('navigation', { name: 'Archive pages' }).getByText('Issues 1–100 of 133').count()).toBe(1);
    expect(await rows.nth(1).getByRole('cell').allTextContents()).toEqual([
      '#134',
      '2021-07-14',
      'K3S, Keith Basil, And Removing The Cognitive Load Of Kubernetes 🧠',
      '7',
    ]);
    await editor.getByRole('navigation', { name: 'Archive pages' }).getByRole('button', { name: 'Older ›' }).click();
    await expect.poll(() => rows.count()).toBe(34);
    expect(await rows.nth(33).getByRole('cell').first().textContent()).toBe('#1');
    await editor.getByRole('navigation', { name: 'Archive pages' }).getByRole('button', { name: '« Newest' }).click();
    await expect.poll(() => rows.count()).toBe(101);
  });

  it('opens issue 117 read-only, with its export byte for byte the archived file', async () => {
    await editor.getByRole('link', { name: '#117', exact: true }).click();
    expect(new URL(editor.url()).hash).toBe('#archive/117');
    await expect.poll(() => markdownOf(editor)).toBe(text(117));
    expect(await editor.getByRole('textbox').count()).toBe(0);

    // The address alone opens it too, in another tab.
    const direct = await browser.context.newPage();
    await direct.goto(`chrome-extension://${browser.extensionId}/options/index.html#archive/117`);
    await expect.poll(() => markdownOf(direct)).toBe(text(117));
    await direct.close();
  });

  // Regression (issue 12, item 6): the intro's <a href="…">Kubelist Podcast</a> showed as text.
  it("shows 117 as readers see it, the intro's links as links, with its markdown one click away", async () => {
    // expect.poll gives up after 1 s by default; the shared test machine can be slower than that.
    const article = editor.getByRole('article');
    const podcast = article.getByRole('link', { name: 'Kubelist Podcast', exact: true });
    await expect.poll(() => podcast.count()).toBe(1);
    // Rendered the way the Preview renders: DOMPurify's output, opening in a new tab.
    expect(await podcast.getAttribute('href')).toBe('https://kubelist.com/podcast');
    expect(await podcast.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await article.textContent()).not.toContain('<a href');
    expect(await article.textContent()).toContain('On today’s episode of the Kubelist Podcast, I had a conversation with Lee Mills');

    await article.getByRole('button', { name: 'Markdown', exact: true }).click();
    await expect.poll(() => podcast.count()).toBe(0);
    expect(await article.locator('.intro').textContent()).toContain('the <a href="https://kubelist.com/podcast">Kubelist Podcast</a>, I had');
    // The choice holds for the next issue too, until switched back.
    await editor.getByRole('link', { name: '#118 ›' }).click();
    await expect.poll(() => article.getByRole('heading', { level: 3 }).textContent()).not.toBe('Backstage (from Spotify) 🔊');
    expect(await article.getByRole('button', { name: 'Markdown', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await article.getByRole('button', { name: 'As readers see it' }).click();
    await editor.goBack();
    await expect.poll(() => podcast.count()).toBe(1);
  });

  it('moved the empty draft to follow the archive: #135, on the coming Wednesday (the archive stopped in 2021)', async () => {
    await section(editor, 'Draft');
    await expect.poll(() => editor.getByLabel('Issue number').inputValue()).toBe('135');
    expect(await editor.getByLabel('Date').inputValue()).toBe(NEXT_DATE);
  });

  it('downloads the archive as a zip of 133 kubelist-{n}.md files, each the archived bytes', async () => {
    await section(editor, 'Archive');
    expect(loads(FFLATE)).toBe(false);
    const download = editor.waitForEvent('download');
    await editor.getByRole('button', { name: 'Download archive (zip)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('kubelist-archive.zip');
    const zip = unzipSync(readFileSync((await file.path())!));
    expect(Object.keys(zip).sort()).toEqual([...names].sort());
    for (const name of names) expect(strFromU8(zip[name]!), name).toBe(readFileSync(archivePath(name), 'utf8'));
    await expect.poll(() => statusOf(editor)).toBe('Downloaded kubelist-archive.zip with 133 issues.');
    expect(loads(FFLATE)).toBe(true);
  });
});

describeWithArchive('a mojibake’d copy, pasted', () => {
  it('shows the mojibake, is clean after "Repair text", and stores the clean issue', async () => {
    await section(editor, 'Import');
    // UTF-8 bytes decoded as Windows-1252 by Chromium itself (Node 20 decodes that label as Latin-1).
    const mangled = await editor.evaluate((clean) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(clean)), text(117));
    expect(mangled).toContain('Backstage (from Spotify) ðŸ”Š');
    await editor.getByLabel('Paste markdown').fill(mangled);

    const row = editor.getByRole('row', { name: /Pasted text/ });
    await expect.poll(() => row.textContent()).toContain('Mojibake');
    expect(await row.getByRole('cell').nth(3).textContent()).toBe('Backstage (from Spotify) ðŸ”Š');

    await row.getByRole('button', { name: 'Repair text' }).click();
    await expect.poll(() => row.getByRole('cell').nth(3).textContent()).toBe('Backstage (from Spotify) 🔊');
    expect(await row.textContent()).not.toMatch(/ðŸ|â€/);

    // #117 is archived already: replace or skip, skip until chosen.
    expect(await row.getByRole('radio', { name: 'Skip' }).isChecked()).toBe(true);
    await row.getByRole('radio', { name: 'Replace' }).check();
    await editor.getByRole('button', { name: 'Confirm import' }).click();
    await expect.poll(() => statusOf(editor)).toBe('Imported 1 issue (7 items). Replaced #117.');

    await editor.goto(`chrome-extension://${browser.extensionId}/options/index.html#archive/117`);
    await expect.poll(() => markdownOf(editor)).toBe(text(117));
  });
});

describeWithArchive('re-importing issues already in the archive (dropped files)', () => {
  async function drop(files: { name: string; text: string }[]) {
    const dataTransfer = await editor.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const { name, text } of list) transfer.items.add(new File([text], name, { type: 'text/markdown' }));
      return transfer;
    }, files);
    await editor.locator('.drop-zone').dispatchEvent('drop', { dataTransfer });
  }

  it('asks replace or skip per number, and writes only what the curator chose', async () => {
    await section(editor, 'Import');
    const changed = text(117).replace('#### Backstage (from Spotify)', '#### Backstage, again');
    await drop([
      { name: 'kubelist-116.md', text: text(116) },
      { name: 'kubelist-117.md', text: changed },
    ]);

    await expect.poll(() => editor.locator('#import-summary').textContent()).toBe('2 files: 0 issues with 0 items to import · 2 issues skipped.');
    const confirm = editor.getByRole('button', { name: 'Confirm import' });
    expect(await confirm.isDisabled()).toBe(true);
    for (const name of ['kubelist-116.md', 'kubelist-117.md']) {
      const row = editor.getByRole('row', { name: new RegExp(name.replace('.', '\\.')) });
      expect(await row.getByRole('radio', { name: 'Skip' }).isChecked()).toBe(true);
      expect(await row.getByRole('radio', { name: 'Replace' }).isChecked()).toBe(false);
    }
    await editor.getByRole('button', { name: 'Replace all' }).click();
    await editor
      .getByRole('row', { name: /kubelist-116\.md/ })
      .getByRole('radio', { name: 'Skip' })
      .check();
    await confirm.click();
    await expect.poll(() => statusOf(editor)).toBe('Imported 1 issue (7 items). Replaced #117.');

    await section(editor, 'Archive');
    await expect.poll(() => editor.getByText('133 issues, 886 items').count()).toBe(1);
    // The list shown before this visit stays up until the archive is read again: wait for the new headline.
    await expect.poll(() => editor.getByRole('row', { name: /#117/ }).getByRole('cell').nth(2).textContent()).toBe('Backstage, again 🔊');
    expect(await editor.getByRole('row', { name: /#116/ }).getByRole('cell').nth(2).textContent()).toBe(text(116).split('\n')[2]!.slice('#### '.length));
  });

  it('offers the next free number to a started draft whose number is archived', async () => {
    await section(editor, 'Draft');
    await editor.getByLabel('Headline', { exact: true }).fill('Started before the import');
    await editor.getByLabel('Issue number').fill('117');
    const suggestion = editor.getByRole('button', { name: `Use #135, ${NEXT_DATE}` });
    await suggestion.click();
    await expect.poll(() => editor.getByLabel('Issue number').inputValue()).toBe('135');
    expect(await editor.getByLabel('Date').inputValue()).toBe(NEXT_DATE);
    expect(await suggestion.count()).toBe(0);
  });

  it('flags a link from the archive as already featured, with its issue, when it is clipped again', async () => {
    const server = await startServer({
      '/backstage': '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>What the Heck is Backstage Anyway?</title><p>x',
    });
    try {
      const article = await browser.context.newPage();
      await article.goto(server.url('/backstage'));
      const popup = await openPopupFor(browser.context, browser.extensionId, await tabIdFor(browser.context, browser.extensionId, article.url()));
      // The curator pastes the article's real address, as written in #117 but with tracking added.
      await popup.getByLabel('URL', { exact: true }).fill('http://engineering.atspotify.com/2020/03/17/what-the-heck-is-backstage-anyway?utm_source=feed');
      const featured = popup.getByRole('list', { name: 'Already featured' });
      await expect.poll(() => featured.textContent()).toBe('Featured in issue #117 (2021-03-03)');
      expect(await featured.getByRole('link').getAttribute('href')).toBe('../options/index.html#archive/117');
      await popup.close();
      await article.close();
    } finally {
      await server.close();
    }
  });

  it('raised no page errors anywhere', () => {
    expect(browser.errors.messages).toEqual([]);
  });
});

describe('markup in an imported issue', () => {
  // The archive view renders imported intros and blurbs as HTML: only what DOMPurify lets through.
  it('shows its intro and blurbs sanitized: no script runs, no image loads, no javascript: link', async () => {
    const issue = [
      '## [Kubelist Issue #901 for 2021-08-04](https://kubelist.com/issue/901)',
      '',
      '#### Markup in the intro',
      '',
      `> Hello <img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script> and <a href="javascript:document.title='pwned'">a trap</a>.`,
      '',
      '1. [A fine article](https://example.com/fine)',
      '',
      '    A blurb with [a bad link](javascript:alert(1)), <b>bold</b> and <iframe src="https://example.com/"></iframe> an iframe.',
      '',
      '### [ << Prev ](kubelist-900.md) ------------- [ Next >> ](kubelist-902.md)',
      '',
    ].join('\n');
    await section(editor, 'Import');
    await editor.getByLabel('Paste markdown').fill(issue);
    const row = editor.getByRole('row', { name: /Pasted text/ });
    await expect.poll(() => row.getByRole('cell').nth(3).textContent()).toBe('Markup in the intro');
    await editor.getByRole('button', { name: 'Confirm import' }).click();
    await expect.poll(() => statusOf(editor)).toMatch(/^Imported 1 issue \(1 item\)\./);

    await editor.goto(`chrome-extension://${browser.extensionId}/options/index.html#archive/901`);
    const article = editor.getByRole('article');
    // The HTML link keeps its text but loses its destination (an <a> without href is no link).
    await expect.poll(() => article.getByText('a trap', { exact: true }).count()).toBe(1);
    expect(await article.locator('img, script, iframe').count()).toBe(0);
    expect(await article.getByText('a trap', { exact: true }).getAttribute('href')).toBeNull();
    // (markdown-it leaves a javascript: link in markdown as text.)
    expect(await article.locator('.blurb').textContent()).toMatch(/a bad link.*bold and +an iframe/);
    expect(await article.locator('[href^="javascript" i]').count()).toBe(0);
    expect(await editor.title()).not.toBe('pwned');
  });
});
