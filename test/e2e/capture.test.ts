import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openItem } from './harness/draft-items';
import { openEditor, openPopupFor } from './harness/pages';
import { startServer } from './harness/server';
import { tabIdFor } from './harness/tabs';
import { useExtension } from './harness/use-extension';
import { useServer } from './harness/use-server';

/**
 * What lands in the draft when a curator clips messy real-world pages: site suffixes and
 * notification counters in titles, tracking parameters, canonical links, a selection, and
 * hostile metadata that must stay text.
 */
const head = (inner: string) => `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">${inner}</head>`;
const PAGES: Record<string, string> = {
  '/messy':
    head(`<title>(3) Scaling etcd   in\n production | Example Blog</title><meta property="og:site_name" content="Example Blog">`) +
    '<body><article><p id="quote">etcd is the brain of every cluster.</p></article></body></html>',
  '/canonical': `${head(`<title>Gateway API goes GA</title><link rel="canonical" href="/blog/gateway-api">
    <meta name="author" content="Jane Doe"><meta property="article:published_time" content="2026-05-01T09:00:00Z">`)}<body>x</body></html>`,
  '/hostile': `${head(`<title>&lt;img src=x onerror="document.title='pwned'"&gt;‮evil‬ title</title>
    <script type="application/ld+json">{"author": {"name": "<script>alert(1)</script>"}, "datePublished": "not a date"}</script>
    <meta property="og:site_name" content="<b>bold</b>">`)}<body>x</body></html>`,
  '/quoted': `${head('<title>On escaping</title>')}<body><p id="hostile">Never write &lt;img src=x onerror="document.title='pwned'"&gt; or [this](javascript:alert(1)).</p></body></html>`,
};

const server = useServer(() => startServer(PAGES));
const browser = useExtension();

async function clip(path: string, select?: string): Promise<Page> {
  const article = await browser.context.newPage();
  await article.goto(server().url(path));
  if (select) await article.locator(select).selectText();
  const popup = await openPopupFor(browser.context, browser.extensionId, await tabIdFor(browser.context, browser.extensionId, article.url()));
  await popup.bringToFront();
  return popup;
}
const value = (popup: Page, label: string) => popup.getByLabel(label, { exact: true }).inputValue();

describe('capture', () => {
  it('cleans the title and URL, keeps the originals at hand, and offers the selection as a quote', async () => {
    const popup = await clip('/messy?utm_source=newsletter&utm_medium=email&page=2', '#quote');
    await expect.poll(() => value(popup, 'Title')).toBe('Scaling etcd in production');
    expect(await value(popup, 'URL')).toBe(server().url('/messy?page=2'));
    await expect.poll(() => popup.getByText('Title cleaned from').textContent()).toContain('(3) Scaling etcd in production | Example Blog');
    await popup.getByRole('button', { name: 'Quote the selected text' }).click();
    expect(await value(popup, 'Commentary')).toBe('“etcd is the brain of every cluster.” ');
    // Emoji suggested from the domain words of the title and blurb (etcd → 🗃️; keywords only: a fresh profile has no archive).
    const suggestion = popup.getByRole('group', { name: 'Suggested emoji' }).getByRole('button', { name: /card file box/ });
    const database = ((await suggestion.getAttribute('aria-label')) ?? '').replace(/^Add emoji (\S+) .*$/u, '$1');
    await suggestion.click();
    expect(await value(popup, 'Commentary')).toBe(`“etcd is the brain of every cluster.” ${database}`);
    await popup.getByLabel('Commentary').fill('“etcd is the brain of every cluster.” ');
    await popup.getByRole('button', { name: 'Use original title' }).click();
    expect(await value(popup, 'Title')).toBe('(3) Scaling etcd in production | Example Blog');
  });

  it('prefers the canonical URL on the same site, says so, and shows the byline', async () => {
    const popup = await clip('/canonical?ref=home');
    await expect.poll(() => value(popup, 'URL')).toBe(server().url('/blog/gateway-api'));
    await expect.poll(() => popup.locator('.byline').textContent()).toBe('by Jane Doe · 2026-05-01');
    await popup.getByRole('button', { name: 'Use the page address' }).click();
    expect(await value(popup, 'URL')).toBe(server().url('/canonical?ref=home'));
  });

  it('keeps hostile titles and metadata as text, and adds them as text', async () => {
    const popup = await clip('/hostile');
    await expect.poll(() => value(popup, 'Title')).toBe(`<img src=x onerror="document.title='pwned'">evil title`);
    expect(await popup.locator('img').count()).toBe(0);
    expect(await popup.locator('script:not([type="module"])').count()).toBe(0);
    await popup.getByRole('button', { name: 'Add to issue' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/^Added/);
    const editor = await openEditor(browser.context, browser.extensionId);
    await openItem(editor, 1);
    await expect.poll(() => editor.getByLabel('Item 1 title').inputValue()).toBe(`<img src=x onerror="document.title='pwned'">evil title`);
    expect(await editor.locator('.items img').count()).toBe(0);
    expect(await editor.title()).not.toBe('pwned');
  });

  // Issue 12: after Add, typing went to a clip nobody saw; and the same article clipped again
  // showed an empty blurb and went in a second time.
  it('edits the added item in place, and opens it again instead of adding the same link twice', async () => {
    // (Not ?ref=home: the test above left a half-written clip for that page, which would be restored.)
    const first = await clip('/canonical?ref=feed');
    await expect.poll(() => value(first, 'URL')).toBe(server().url('/blog/gateway-api'));
    expect(await first.getByRole('list', { name: 'Already featured' }).count()).toBe(0);
    await first.getByLabel('Commentary').fill('Gateway API is GA.');
    await first.getByRole('button', { name: 'Add to issue' }).click();
    await expect.poll(() => first.getByRole('status').textContent()).toMatch(/^Added/);
    await first.getByLabel('Commentary').focus();
    await first.getByLabel('Commentary').press('Control+End');
    await first.keyboard.type(' Ingress, grown up.');
    await expect.poll(() => first.locator('.save-state').textContent()).toBe('Saved');
    await first.close();
    // Clipped again from another address of the same article: the canonical link gives it away.
    const again = await clip('/canonical?utm_campaign=x');
    await expect.poll(() => value(again, 'Commentary')).toBe('Gateway API is GA. Ingress, grown up.');
    expect(await again.getByRole('status').textContent()).toMatch(/^Already in issue #1 as item \d+: your changes go to that item\.$/);
    expect(await again.getByRole('button', { name: 'Added' }).isDisabled()).toBe(true);
    const drafted = again.getByRole('region', { name: 'Draft issue' }).getByText('Gateway API goes GA', { exact: true });
    expect(await drafted.count()).toBe(1);
    const editor = await openEditor(browser.context, browser.extensionId);
    // Every item's card open (the Full view), to read every blurb.
    await editor.getByRole('button', { name: 'Full', exact: true }).click();
    const items = editor.locator('.items textarea');
    await expect
      .poll(() => items.evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value)))
      .toContain('Gateway API is GA. Ingress, grown up.');
  });

  // Issue 12: text quoted from a page went into the blurb raw, and out as live HTML.
  it('quotes text from the page as text, so the export shows it and runs nothing', async () => {
    const popup = await clip('/quoted', '#hostile');
    await expect.poll(() => value(popup, 'Title')).toBe('On escaping');
    await popup.getByRole('button', { name: 'Quote the selected text' }).click();
    const quoted = `“Never write &lt;img src=x onerror="document.title='pwned'"> or \\[this\\](javascript:alert(1)).” `;
    expect(await value(popup, 'Commentary')).toBe(quoted);
    await popup.getByRole('button', { name: 'Add to issue' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/^Added/);
    const editor = await openEditor(browser.context, browser.extensionId);
    await expect.poll(() => editor.getByRole('region', { name: 'Markdown' }).textContent()).toContain(`    ${quoted.trimEnd()}`);
    expect(await editor.title()).not.toBe('pwned');
  });
});
