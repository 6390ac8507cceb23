import type { Page } from 'playwright-core';

export interface SeededArchive {
  /** Published issues #1…#issues, dated weekly from 2018-02-14, headlined "Issue n". */
  issues: number;
  itemsPerIssue: number;
}

/**
 * Writes a large archive straight into the extension's database from one of its pages (the
 * editor, opened once so the database exists), in transactions of a thousand issues: import's
 * parsing and preview would only make a test of the list slow. Records have the model's fields.
 */
export async function seedArchive(page: Page, archive: SeededArchive): Promise<void> {
  await page.evaluate(async ({ issues, itemsPerIssue }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kubelist-curator');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const week = 7 * 86_400_000;
    const first = Date.UTC(2018, 1, 14);
    for (let from = 1; from <= issues; from += 1000) {
      const tx = db.transaction(['issues', 'items'], 'readwrite');
      for (let number = from; number < Math.min(from + 1000, issues + 1); number++) {
        const id = `seeded-${number}`;
        const date = new Date(first + (number - 1) * week).toISOString().slice(0, 10);
        tx.objectStore('issues').put({ id, status: 'published', number, date, headline: `Issue ${number}`, intro: '', createdAt: 0, updatedAt: 0 });
        for (let position = 0; position < itemsPerIssue; position++) {
          const url = `https://example.com/${number}/${position}`;
          tx.objectStore('items').put({
            id: `${id}-${position}`,
            issueId: id,
            position,
            title: `Link ${number}.${position + 1}`,
            url,
            urlKey: `example.com/${number}/${position}`,
            commentary: `A seeded blurb for the list. 🎉`,
            addedAt: 0,
            updatedAt: 0,
          });
        }
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
    }
    db.close();
  }, archive);
}
