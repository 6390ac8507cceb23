import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe';
import { REPO_ROOT } from './harness/launch';
import { openEditor, openPopupFor } from './harness/pages';
import { startServer } from './harness/server';
import { tabIdFor } from './harness/tabs';
import { useExtension } from './harness/use-extension';
import { useServer } from './harness/use-server';

/**
 * axe-core on the popup and every section of the editor, in light and dark mode, failing on any
 * serious or critical violation. The same run takes the README's screenshots (test/e2e/screenshots).
 */
const SHOTS = join(REPO_ROOT, 'test', 'e2e', 'screenshots');
const server = useServer(() =>
  startServer({
    '/later':
      '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Operators in the wild | Example Blog</title><meta property="og:site_name" content="Example Blog"><p>x',
    '/post':
      '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Scaling etcd in production | Example Blog</title><meta property="og:site_name" content="Example Blog"><meta name="author" content="Jane Doe"><p>x',
  }),
);
const browser = useExtension();
let popup: Page;
let editor: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const article = await browser.context.newPage();
  await article.goto(server().url('/post?utm_source=newsletter'));
  popup = await openPopupFor(browser.context, browser.extensionId, await tabIdFor(browser.context, browser.extensionId, article.url()));
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.bringToFront();
  await popup.keyboard.type('How a large team runs etcd: compaction, defragmentation and the alarms that matter.');
  await popup.getByRole('button', { name: 'Add to issue' }).click();
  await popup
    .getByRole('status')
    .filter({ hasText: /^Added/ })
    .waitFor();
  // A link saved for later, so Collected and the draft's column list one.
  const later = await browser.context.newPage();
  await later.goto(server().url('/later'));
  const laterPopup = await openPopupFor(browser.context, browser.extensionId, await tabIdFor(browser.context, browser.extensionId, later.url()));
  // expect.poll only runs inside a test: wait for the captured title in the page instead.
  await laterPopup.waitForFunction(() => [...document.querySelectorAll('input')].some((input) => input.value.startsWith('Operators in the wild')));
  await laterPopup.getByRole('button', { name: 'Save for later', exact: true }).click();
  await laterPopup
    .getByRole('status')
    .filter({ hasText: /^Saved for later/ })
    .waitFor();
  await laterPopup.close();
  await later.close();
  editor = await openEditor(browser.context, browser.extensionId);
  await editor.setViewportSize({ width: 1280, height: 860 });
  await editor.getByLabel('Headline', { exact: true }).fill('Keeping etcd healthy 🩺');
  await editor.getByLabel('Intro').fill('This week is all about the datastore under every cluster.');
});

for (const scheme of ['light', 'dark'] as const) {
  describe(`in ${scheme} mode`, () => {
    beforeAll(async () => {
      await popup.emulateMedia({ colorScheme: scheme });
      await editor.emulateMedia({ colorScheme: scheme });
    });

    it('the popup has no serious accessibility violation', async () => {
      await popup.bringToFront();
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.screenshot({ path: join(SHOTS, `popup-${scheme}.png`) });
    });

    it('the popup’s emoji picker has none either', async () => {
      await popup.getByRole('button', { name: 'Emoji', exact: true }).click();
      await popup.getByRole('combobox', { name: 'Search' }).waitFor();
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.keyboard.press('Escape');
    });

    it('the first-run page shows the three steps and the bound shortcut keys, with no violation', async () => {
      await editor.bringToFront();
      await editor.getByRole('link', { name: 'How it works' }).click();
      const welcome = editor.getByRole('main', { name: 'Welcome to Kubelist Curator' });
      await expect.poll(() => welcome.getByRole('listitem').count()).toBe(3);
      await expect.poll(() => welcome.getByRole('rowheader', { name: 'Alt+Shift+K' }).count()).toBe(1);
      expect(await seriousViolations(editor)).toEqual([]);
    });

    for (const section of ['Draft', 'Collected', 'Archive', 'Import', 'Search', 'Stats', 'Backup', 'Settings'] as const) {
      it(`the editor's ${section} section has none`, async () => {
        await editor.bringToFront();
        await editor.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section, exact: true }).click();
        await editor.waitForTimeout(300); // lazily loaded sections
        expect(await seriousViolations(editor)).toEqual([]);
        if (section === 'Draft') await editor.screenshot({ path: join(SHOTS, `editor-${scheme}.png`) });
      });
    }

    it('Settings → Templates with a copy open in the editor and its preview has none', async () => {
      await editor.bringToFront();
      await editor.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings', exact: true }).click();
      const copies = editor.getByRole('button', { name: 'Edit Copy of HTML email', exact: true });
      if ((await copies.count()) === 0) await editor.getByRole('button', { name: 'Copy HTML email to edit it' }).click();
      else await copies.click();
      await editor.getByTitle('Preview of the current draft').waitFor();
      expect(await seriousViolations(editor)).toEqual([]);
    });

    it('the draft with its collected links, folded open in the panel and as a wide third column, has none', async () => {
      await editor.bringToFront();
      await editor.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Draft', exact: true }).click();
      // An open item too: its "Save for later" and who added it.
      await editor.getByRole('button', { name: 'Edit item 1' }).click();
      const fold = editor.locator('.desk-side details.collected-column');
      await fold.locator('summary').click();
      await expect.poll(() => fold.locator('.collected-title').count()).toBe(1);
      expect(await seriousViolations(editor)).toEqual([]);
      await fold.locator('summary').click();
      await editor.setViewportSize({ width: 1600, height: 900 });
      try {
        const column = editor.locator('.desk-extra .collected-column');
        await expect.poll(() => column.locator('.collected-title').count()).toBe(1);
        expect(await seriousViolations(editor)).toEqual([]);
      } finally {
        await editor.setViewportSize({ width: 1280, height: 860 });
        await editor.getByRole('button', { name: 'Done with item 1' }).click();
      }
    });
  });
}
