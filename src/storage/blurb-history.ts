// Not the emoji-suggest index: the popup loads the suggestion code lazily, and this file is not lazy.
import { byPosition } from '../core/by-position';
import { type HistoryEntry, historyEntry } from '../core/emoji-suggest/history-entry';
import type { CuratorDatabase } from './open-db';

/**
 * How far back the curator's habits reach: the latest published issues, about three years of a
 * weekly newsletter. What the popup reads then stays the same however large the archive grows.
 */
export const RECENT_ISSUES = 150;

/**
 * Issues read per transaction. The popup reads its history while the curator may already click
 * Add, whose write must wait for every earlier read of the same stores: short reads let it in.
 */
const ISSUES_PER_READ = 10;

/**
 * The curator's blurbs that end with emoji in the latest `RECENT_ISSUES` published issues, newest
 * issue first, as emoji suggestion history (title and blurb text, trailing emoji). Stops after
 * `limit` blurbs: recent habits are the ones worth suggesting.
 */
export async function recentBlurbs(db: CuratorDatabase, limit = 2000): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  let issuesRead = 0;
  let from: number | undefined;
  while (issuesRead < RECENT_ISSUES && entries.length < limit) {
    const batch = await readIssues(db, from, Math.min(ISSUES_PER_READ, RECENT_ISSUES - issuesRead));
    for (const item of batch.items) {
      const entry = historyEntry(item.title, item.commentary);
      if (entry) entries.push(entry);
    }
    issuesRead += batch.issues;
    if (batch.next === undefined) break;
    from = batch.next;
  }
  return entries.slice(0, limit);
}

/**
 * About `count` published issues numbered `from` or lower (all when undefined), newest first, with
 * their items in order, in one transaction; `next` is the number the next read starts from,
 * undefined at the end. Issues sharing a number are read together, so none is read twice.
 */
async function readIssues(db: CuratorDatabase, from: number | undefined, count: number) {
  const tx = db.transaction(['issues', 'items'], 'readonly');
  const byIssue = tx.objectStore('items').index('by-issue');
  const range = from === undefined ? null : IDBKeyRange.upperBound(from);
  const items = [];
  let issues = 0;
  let last: number | undefined;
  let next: number | undefined;
  let cursor = await tx.objectStore('issues').index('by-number').openCursor(range, 'prev');
  while (cursor) {
    const { id, number, status } = cursor.value;
    if (issues >= count && number !== last) {
      next = number;
      break;
    }
    // The draft shares the number index; its blurbs are still being written.
    if (status === 'published') {
      items.push(...(await byIssue.getAll(id)).sort(byPosition));
      issues++;
      last = number;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return { items, issues, next };
}
