import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openItem } from './harness/draft-items';
import { openEditor } from './harness/pages';
import { useExtension } from './harness/use-extension';

/**
 * Sections, as a curator sets them up and uses them (issue 19): two sections made in Settings,
 * three items written by hand and put into them by the open item's picker, by Alt+Shift+↓ and by
 * dragging a row onto a heading; the Kubelist export takes them in the grouped order without
 * headings, and the Sectioned weekly template prints a heading per section.
 */
const browser = useExtension();
let editor: Page;

const ITEMS = ['Alpha', 'Beta', 'Gamma'].map((title) => ({
  title: `${title} link`,
  url: `https://${title.toLowerCase()}.example.org/post`,
  blurb: `Why ${title} matters. 🧭`,
}));

beforeAll(async () => {
  editor = await openEditor(browser.context, browser.extensionId);
  await editor.setViewportSize({ width: 1280, height: 900 });
  await editor.bringToFront();
});

const section = (name: string) => editor.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true }).click();
/** The list's lines in order: a section's heading as "## name (n)", an item as its title. */
const lines = () =>
  editor
    .getByRole('list', { name: 'Items' })
    .locator(':scope > li')
    .evaluateAll((lis) =>
      lis.map((li) => (li.classList.contains('section-heading') ? `## ${li.textContent?.trim()}` : (li.querySelector('a')?.textContent?.trim() ?? ''))),
    );
const markdown = () => editor.getByRole('region', { name: 'Markdown' }).textContent();
const rowOf = (title: string) => editor.getByRole('list', { name: 'Items' }).locator(':scope > li.item-row', { hasText: title });

describe('sections of an issue', () => {
  it('are made in Settings', async () => {
    await section('Settings');
    for (const name of ['News', 'Tools']) {
      await editor.getByLabel('New section', { exact: true }).fill(name);
      await editor.getByRole('button', { name: 'Add section', exact: true }).click();
      await expect.poll(() => editor.getByRole('status').first().textContent()).toBe('Settings saved.');
    }
    expect(await editor.getByLabel('Name of section 2', { exact: true }).inputValue()).toBe('Tools');
  });

  it('group the draft’s items under their headings; the picker, Alt+Shift+↓ and a drag put items into them', async () => {
    await section('Draft');
    await editor.getByLabel('Headline', { exact: true }).fill('Three links in sections');
    for (const [i, item] of ITEMS.entries()) {
      await editor.getByRole('button', { name: 'Add item', exact: true }).click();
      await editor.getByLabel(`Item ${i + 1} title`).fill(item.title);
      await editor.getByLabel(`Item ${i + 1} URL`).fill(item.url);
      await editor.getByLabel(`Item ${i + 1} commentary`).fill(item.blurb);
    }
    await editor.keyboard.press('Escape');
    await expect.poll(lines).toEqual(['## No section (3)', 'Alpha link', 'Beta link', 'Gamma link', '## News (0)', '## Tools (0)']);

    // The open item's picker.
    await openItem(editor, 1);
    await editor.getByLabel('Section', { exact: true }).selectOption('Tools');
    // Now the third item, under Tools; its card stays open until closed.
    await editor.getByRole('button', { name: 'Done with item 3', exact: true }).click();
    await expect.poll(lines).toEqual(['## No section (2)', 'Beta link', 'Gamma link', '## News (0)', '## Tools (1)', 'Alpha link']);

    // The keyboard: the focused row into the next section.
    await rowOf('Beta link').focus();
    await editor.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(lines).toEqual(['## No section (1)', 'Gamma link', '## News (1)', 'Beta link', '## Tools (1)', 'Alpha link']);

    // A drag onto a heading: the row joins that section, at its end.
    const handle = rowOf('Gamma link').locator('.handle');
    await handle.dragTo(editor.getByRole('heading', { name: 'Tools (1)' }));
    await expect.poll(lines).toEqual(['## No section (0)', '## News (1)', 'Beta link', '## Tools (2)', 'Alpha link', 'Gamma link']);
  });

  it('export in the grouped order: Kubelist without headings, Sectioned weekly with one per section', async () => {
    await expect
      .poll(async () => {
        const text = (await markdown()) ?? '';
        return ITEMS.map((item) => text.indexOf(`[${item.title}]`));
      })
      .toSatisfy((at: number[]) => at.every((n) => n > 0) && at[1]! < at[0]! && at[0]! < at[2]!);
    // Kubelist's format has no sections: their names appear nowhere in it.
    expect(await markdown()).not.toMatch(/News|Tools/);

    await section('Settings');
    await editor.getByLabel('Template for the export').selectOption({ label: 'Sectioned weekly' });
    await expect.poll(() => editor.getByRole('status').first().textContent()).toBe('Settings saved.');
    await section('Draft');
    await expect
      .poll(markdown)
      .toContain(
        `### News\n\n* [Beta link](https://beta.example.org/post): Why Beta matters. 🧭\n\n### Tools\n\n* [Alpha link](https://alpha.example.org/post): Why Alpha matters. 🧭\n* [Gamma link](https://gamma.example.org/post): Why Gamma matters. 🧭`,
      );
    expect(browser.errors.messages).toEqual([]);
  });

  it('renamed in Settings take their items with them, and leave the other section’s', async () => {
    await section('Settings');
    await editor.getByLabel('Name of section 2', { exact: true }).fill('Tooling');
    await editor.getByLabel('Name of section 2', { exact: true }).blur();
    await expect.poll(() => editor.getByRole('status').first().textContent()).toBe('Settings saved.');
    await section('Draft');
    await expect.poll(lines).toEqual(['## No section (0)', '## News (1)', 'Beta link', '## Tooling (2)', 'Alpha link', 'Gamma link']);
    await expect.poll(markdown).toContain('### Tooling\n\n* [Alpha link]');
    expect(browser.errors.messages).toEqual([]);
  });
});
