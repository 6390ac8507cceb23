// Not the emoji-suggest index: the popup loads the suggestion code lazily, and this file is not lazy.
import { byPosition } from '../core/by-position';
import { type HistoryEntry, historyEntry } from '../core/emoji-suggest/history-entry';
import type { CuratorDatabase } from './open-db';

/**
 * The curator's latest published blurbs that end with emoji, newest issue first, as emoji
 * suggestion history (title and blurb text, trailing emoji). Stops after `limit` blurbs: recent
 * habits are the ones worth suggesting, and the popup need not read a decade of archive.
 */
export async function recentBlurbs(db: CuratorDatabase, limit = 2000): Promise<HistoryEntry[]> {
  const tx = db.transaction(['issues', 'items'], 'readonly');
  const byIssue = tx.objectStore('items').index('by-issue');
  const entries: HistoryEntry[] = [];
  let cursor = await tx.objectStore('issues').index('by-number').openCursor(null, 'prev');
  while (cursor && entries.length < limit) {
    // The draft shares the number index; its blurbs are still being written.
    if (cursor.value.status === 'published') {
      const items = await byIssue.getAll(cursor.value.id);
      for (const item of items.sort(byPosition)) {
        const entry = historyEntry(item.title, item.commentary);
        if (entry) entries.push(entry);
      }
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return entries.slice(0, limit);
}
