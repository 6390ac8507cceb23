import type { Page } from 'playwright-core';

/**
 * Opens item `n` of the draft to edit, as a click on its row's Edit button does: the editor lists
 * items as compact rows, and an item's fields exist only while its card is open. Waits for the
 * row (the draft may still be loading) and then for the card's title field.
 */
export async function openItem(editor: Page, n: number): Promise<void> {
  const title = editor.getByLabel(`Item ${n} title`, { exact: true });
  if ((await title.count()) > 0) return;
  await editor.getByRole('button', { name: `Edit item ${n}`, exact: true }).click();
  await title.waitFor();
}
