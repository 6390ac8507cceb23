import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chooseFromContextMenu } from '../harness/firefox-chrome';
import { firefoxDriver } from '../harness/firefox-driver';
import { type LaunchedFirefox, launchFirefox } from '../harness/firefox-launch';
import { fieldValue, named, openExtensionPage, openedFieldValue, openTab, textOf } from '../harness/firefox-pages';
import { localeMessage } from '../harness/locale-messages';
import { type ArticleServer, startServer } from '../harness/server';

/**
 * Firefox ESR in German (`intl.locale.requested`, with Debian's firefox-esr-l10n-de language pack,
 * which `.ci/run` installs): the popup, the editor and the right-click entry speak the words of
 * `_locales/de`, read from the file rather than retyped.
 */
const de = (key: string, ...substitutions: string[]) => localeMessage('de', key, ...substitutions);
const page = (title: string) => `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title><h1>${title}</h1>`;

// The `browser` global of the extension page.
declare const browser: { i18n: { getUILanguage(): string } };

let firefox: LaunchedFirefox;
let server: ArticleServer;

beforeAll(async () => {
  server = await startServer({ '/': page('Start'), '/artikel': page('Ein Artikel über Pods'), '/zweiter': page('Ein zweiter Artikel') });
  firefox = await launchFirefox({ systemAccess: true, prefs: { 'intl.locale.requested': 'de' } });
  const editor = await openExtensionPage(firefox, server.url('/'), 'options/index.html');
  const language = await editor.evaluate(() => browser.i18n.getUILanguage());
  await editor.close();
  if (language !== 'de') throw new Error(`Firefox speaks ${language}, not German: install its language pack (Debian: apt-get install firefox-esr-l10n-de).`);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox ESR in German', () => {
  test('the popup labels its fields and button in German and says in German what it did', async () => {
    const driver = firefoxDriver(firefox, server.url('/'));
    const article = await driver.openArticle(server.url('/artikel'));
    const popup = await driver.openPopupOn(server.url('/artikel'));
    await expect.poll(() => popup.fieldValue(de('fieldTitle'))).toBe('Ein Artikel über Pods');
    expect(await popup.fieldValue(de('fieldCommentary'))).toBe('');
    expect(await popup.text('h1')).toBe(de('popupHeading'));
    await popup.click(de('addToIssue'));
    await expect.poll(() => popup.text('[role="status"]')).toBe(de('addedAsItem', '1', '1'));
    await popup.close();
    await article.close();
  });

  test('the editor and the right-click entry speak German', async () => {
    const editor = await openExtensionPage(firefox, server.url('/'), 'options/index.html');
    expect(await editor.evaluate(() => document.documentElement.lang)).toBe(de('langCode'));
    await expect.poll(() => fieldValue(editor, de('fieldIssueNumber'))).toBe('1');
    await named(editor, 'field', de('fieldHeadline'));
    await named(editor, 'button', de('downloadMarkdown'));
    expect(await textOf(editor, 'nav.sections')).toContain(de('navBackup'));
    const article = await openTab(firefox, server.url('/zweiter'));
    await chooseFromContextMenu(firefox, article, 'h1', de('menuAddPage'));
    await expect.poll(() => openedFieldValue(editor, de('itemTitleN', '2'), de('editItemN', '2'))).toBe('Ein zweiter Artikel');
    await article.close();
    await editor.close();
  });
});
