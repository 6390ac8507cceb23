import type { IDBPObjectStore, StoreNames } from 'idb';
import type { ArchivedIssue } from '../core/import';
import type { CuratorDatabase } from './open-db';
import type { CuratorDb } from './schema';

type IssueStore<Mode extends IDBTransactionMode> = IDBPObjectStore<CuratorDb, ArrayLike<StoreNames<CuratorDb>>, 'issues', Mode>;

/**
 * The ids of the published issues by number, read once with a key cursor over `by-number`: no
 * issue record is read, and an import looks each number up in the map, not in the database.
 * The draft is left out (it may share a number with a published issue).
 */
export async function publishedNumbers<Mode extends IDBTransactionMode>(issues: IssueStore<Mode>): Promise<Map<number, string[]>> {
  const drafts = new Set(await issues.index('by-status').getAllKeys('draft'));
  const numbers = new Map<number, string[]>();
  for (let cursor = await issues.index('by-number').openKeyCursor(); cursor; cursor = await cursor.continue()) {
    if (drafts.has(cursor.primaryKey)) continue;
    const ids = numbers.get(cursor.key);
    if (ids) ids.push(cursor.primaryKey);
    else numbers.set(cursor.key, [cursor.primaryKey]);
  }
  return numbers;
}

/**
 * Number, date and headline of the published issues among `numbers`: what the import preview
 * shows of a clash. The numbers come from one key cursor; only the clashing records are read.
 */
export async function archivedIssues(db: CuratorDatabase, numbers: readonly number[]): Promise<ArchivedIssue[]> {
  const tx = db.transaction('issues', 'readonly');
  const issues = tx.objectStore('issues');
  const published = await publishedNumbers(issues);
  const ids = [...new Set(numbers)].flatMap((number) => published.get(number) ?? []);
  const records = await Promise.all(ids.map((id) => issues.get(id)));
  await tx.done;
  return records.flatMap((record) => (record ? [{ number: record.number, date: record.date, headline: record.headline }] : []));
}
