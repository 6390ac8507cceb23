import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { burnCpu } from '../harness/cpu-burner';
import { type LaunchedFirefox, launchFirefox } from '../harness/firefox-launch';
import { fieldValue, named, openExtensionPage, textOf } from '../harness/firefox-pages';
import { type ArticleServer, startServer } from '../harness/server';

/**
 * The fields typed a key at a time (real key events over WebDriver BiDi), with both cores
 * kept busy by spinning child processes while the keys go in: once, on a loaded machine, "200"
 * typed into the Issue number came out "20". What is exported, and what is stored (a second
 * editor reads it back), must hold every key typed.
 */
let firefox: LaunchedFirefox;
let server: ArticleServer;

beforeAll(async () => {
  server = await startServer({ '/': '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Start</title>' });
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Empties the field, then types `text` into it key by key. */
async function typeInto(page: Page, label: string, text: string) {
  const field = await named(page, 'field', label);
  await field.focus();
  await field.evaluate((element) => (element as HTMLInputElement).select());
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

const NUMBER = '200';
const HEADLINE = 'Kubelet memory, 1000 nodes';

describe('typing the issue key by key in Firefox ESR, on a busy machine', () => {
  test('every key of the number and the headline is stored and exported', async () => {
    const editor = await openExtensionPage(firefox, server.url('/'), 'options/index.html');
    await named(editor, 'field', 'Issue number');
    const burner = burnCpu(2);
    try {
      await typeInto(editor, 'Issue number', NUMBER);
      await typeInto(editor, 'Headline', HEADLINE);
    } finally {
      burner.stop();
    }
    await expect.poll(() => fieldValue(editor, 'Issue number')).toBe(NUMBER);
    expect(await fieldValue(editor, 'Headline')).toBe(HEADLINE);
    await expect.poll(() => textOf(editor, '[role="region"][aria-label="Markdown"]')).toContain(`Kubelist Issue #${NUMBER} `);
    expect(await textOf(editor, '[role="region"][aria-label="Markdown"]')).toContain(`#### ${HEADLINE}\n`);
    await expect.poll(() => textOf(editor, '[data-testid="save-state"]')).toBe('Saved');
    await editor.close();

    // What storage kept, as a second editor reads it.
    const again = await openExtensionPage(firefox, server.url('/'), 'options/index.html');
    await expect.poll(() => fieldValue(again, 'Issue number')).toBe(NUMBER);
    expect(await fieldValue(again, 'Headline')).toBe(HEADLINE);
    await again.close();
  });
});
