import { POOL_ISSUE_ID } from '../core/model';
import type { SearchableIssue } from '../core/search';
import type { CuratorDatabase } from './open-db';

/** Higher numbers first; the draft before a published issue of the same number. */
const newestFirst = (a: SearchableIssue, b: SearchableIssue) => b.number - a.number || Number(b.status === 'draft') - Number(a.status === 'draft');

/**
 * Up to `limit` issues numbered below `below` (from the top when null), highest number first
 * (the draft is numbered after the archive), each with its items in order: one stretch of the
 * archive for search, which reads it a stretch at a time and stops when it has what it needs. The
 * issues come by the `by-number` index and their items by `by-issue`, so a stretch costs the same
 * however large the archive. Issues sharing the last number come along, so the next stretch,
 * below that number, misses none. The first stretch (`below` null) starts with the pool of
 * collected links, as an issue of status `collected`, when it holds any.
 */
export async function newestIssues(db: CuratorDatabase, below: number | null, limit: number): Promise<SearchableIssue[]> {
  const tx = db.transaction(['issues', 'items'], 'readonly');
  const range = below === null ? null : IDBKeyRange.upperBound(below, true);
  const issues: SearchableIssue[] = [];
  const byIssue = tx.objectStore('items').index('by-issue');
  const reads: Promise<void>[] = [];
  for (let cursor = await tx.objectStore('issues').index('by-number').openCursor(range, 'prev'); cursor; cursor = await cursor.continue()) {
    const { id, number, date, status, headline } = cursor.value;
    if (issues.length >= limit && number !== issues.at(-1)!.number) break;
    const issue: SearchableIssue = { id, number, date, status, headline, items: [] };
    issues.push(issue);
    // Asked for while the cursor moves on: the requests run side by side in the transaction.
    reads.push(
      byIssue.getAll(id).then((items) => {
        issue.items = items
          .map(({ id, position, title, url, commentary }) => ({ id, position, title, url, commentary }))
          .sort((a, b) => a.position - b.position);
      }),
    );
  }
  const pool = below === null ? await byIssue.getAll(POOL_ISSUE_ID) : [];
  await Promise.all(reads);
  await tx.done;
  issues.sort(newestFirst);
  if (pool.length === 0) return issues;
  // Newest collected first: the order the Collected section lists them in.
  const items = pool.sort((a, b) => b.addedAt - a.addedAt).map(({ id, title, url, commentary }, position) => ({ id, position, title, url, commentary }));
  return [{ id: POOL_ISSUE_ID, number: 0, date: '', status: 'collected', headline: '', items }, ...issues];
}
