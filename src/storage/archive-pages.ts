import type { IDBPIndex, IDBPTransaction } from 'idb';
import { POOL_ISSUE_ID } from '../core/model';
import type { ArchiveSummary } from './archive-repository';
import { keptArchiveTotals } from './archive-stats-cache';
import type { CuratorDatabase } from './open-db';
import type { CuratorDb, IssueRecord } from './schema';

/** Where a page of the archive list starts: at either end, or next to an issue number. */
export type PageAt = { end: 'newest' | 'oldest' } | { olderThan: number } | { newerThan: number } | { atOrBelow: number };

/** One page of the archive list, newest first. */
export interface ArchivePage {
  rows: ArchiveSummary[];
  /** How many published issues come before the first row (newer ones): where the page is, from 0. */
  offset: number;
  newer: boolean;
  older: boolean;
}

/** Published issues and their items, without the draft. */
export interface ArchiveCounts {
  issues: number;
  items: number;
}

type ReadTx = IDBPTransaction<CuratorDb, ('issues' | 'items')[], 'readonly'>;
type NumberIndex = IDBPIndex<CuratorDb, ('issues' | 'items')[], 'issues', 'by-number', 'readonly'>;

/**
 * Up to `limit` published issues from the `by-number` index, walking from `range` in `direction`
 * and stepping over the draft (it shares the index). Reads only what it returns, and the draft.
 */
async function walk(index: NumberIndex, range: IDBKeyRange | null, direction: 'next' | 'prev', limit: number): Promise<IssueRecord[]> {
  const found: IssueRecord[] = [];
  if (limit <= 0) return found;
  for (let cursor = await index.openCursor(range, direction); cursor; cursor = await cursor.continue()) {
    if (cursor.value.status !== 'published') continue;
    found.push(cursor.value);
    if (found.length === limit) break;
  }
  return found;
}

/** How many published issues are numbered above `number` (a count of index keys: no record is read). */
async function countNewer(tx: ReadTx, number: number): Promise<number> {
  const issues = tx.objectStore('issues');
  const [above, draft] = await Promise.all([issues.index('by-number').count(IDBKeyRange.lowerBound(number, true)), issues.index('by-status').getKey('draft')]);
  if (draft === undefined) return above;
  const draftRecord = await issues.get(draft);
  return draftRecord && draftRecord.number > number ? above - 1 : above;
}

async function withCounts(tx: ReadTx, issues: IssueRecord[]): Promise<ArchiveSummary[]> {
  const byIssue = tx.objectStore('items').index('by-issue');
  const counts = await Promise.all(issues.map((issue) => byIssue.count(issue.id)));
  return issues.map(({ id, number, date, headline, editedAt }, i) => ({
    id,
    number,
    date,
    headline,
    itemCount: counts[i]!,
    ...(editedAt ? { editedAt } : {}),
  }));
}

/** The page's issues, newest first: `size` of them where the archive has that many. */
async function pageIssues(index: NumberIndex, at: PageAt, size: number): Promise<IssueRecord[]> {
  if ('end' in at && at.end === 'newest') return walk(index, null, 'prev', size);
  if ('olderThan' in at) return walk(index, IDBKeyRange.upperBound(at.olderThan, true), 'prev', size);
  if ('atOrBelow' in at) {
    const below = await walk(index, IDBKeyRange.upperBound(at.atOrBelow), 'prev', size);
    // Near the oldest end a page is filled from above, so it is never a short page of a few.
    return below.length === size ? below : pageIssues(index, { end: 'oldest' }, size);
  }
  const above = await walk(index, 'newerThan' in at ? IDBKeyRange.lowerBound(at.newerThan, true) : null, 'next', size);
  // The newest page is the one to show when fewer than a page are newer.
  return above.length === size || !('newerThan' in at) ? above.reverse() : walk(index, null, 'prev', size);
}

/**
 * One page of the archive list (`size` issues, newest first, with their item counts), found by
 * the `by-number` index from where `at` says: the read and the counts grow with the page, never
 * with the archive. One readonly transaction.
 */
export async function archivePage(db: CuratorDatabase, at: PageAt, size: number): Promise<ArchivePage> {
  const tx = db.transaction(['issues', 'items'], 'readonly');
  const index = tx.objectStore('issues').index('by-number');
  const issues = await pageIssues(index, at, size);
  const first = issues[0];
  const last = issues.at(-1);
  const [rows, offset, newer, older] = await Promise.all([
    withCounts(tx, issues),
    first ? countNewer(tx, first.number) : 0,
    first ? walk(index, IDBKeyRange.lowerBound(first.number, true), 'next', 1) : [],
    last ? walk(index, IDBKeyRange.upperBound(last.number, true), 'prev', 1) : [],
  ]);
  await tx.done;
  return { rows, offset, newer: newer.length > 0, older: older.length > 0 };
}

/**
 * How many issues and items the archive holds (not the draft's, nor the pool's): the statistics'
 * totals while they are up to date, one record read; else counts of index keys. A count steps over
 * every key it counts (half a second at 13,300 issues), and holds up the page's other reads meanwhile.
 */
export async function countArchive(db: CuratorDatabase): Promise<ArchiveCounts> {
  const kept = await keptArchiveTotals(db);
  if (kept) return kept;
  const tx = db.transaction(['issues', 'items'], 'readonly');
  const issues = tx.objectStore('issues');
  const items = tx.objectStore('items');
  const [published, allItems, draft] = await Promise.all([
    issues.index('by-status').count('published'),
    items.count(),
    issues.index('by-status').getKey('draft'),
  ]);
  const [draftItems, pooled] = await Promise.all([
    draft === undefined ? 0 : items.index('by-issue').count(draft),
    items.index('by-issue').count(POOL_ISSUE_ID),
  ]);
  await tx.done;
  return { issues: published, items: allItems - draftItems - pooled };
}

/** The published issues numbered next below and above `number` (the archived issue view's links). */
export async function archiveNeighbours(db: CuratorDatabase, number: number): Promise<{ older?: number; newer?: number }> {
  const tx = db.transaction(['issues', 'items'], 'readonly');
  const index = tx.objectStore('issues').index('by-number');
  const [older, newer] = await Promise.all([
    walk(index, IDBKeyRange.upperBound(number, true), 'prev', 1),
    walk(index, IDBKeyRange.lowerBound(number, true), 'next', 1),
  ]);
  await tx.done;
  return { ...(older[0] ? { older: older[0].number } : {}), ...(newer[0] ? { newer: newer[0].number } : {}) };
}

/** The oldest and newest published issue by number: the span of years a jump can go to. */
export async function archiveEnds(db: CuratorDatabase): Promise<{ oldest: ArchiveSummary; newest: ArchiveSummary } | null> {
  const tx = db.transaction(['issues', 'items'], 'readonly');
  const index = tx.objectStore('issues').index('by-number');
  const [oldest, newest] = await Promise.all([walk(index, null, 'next', 1), walk(index, null, 'prev', 1)]);
  const rows = await withCounts(tx, [...oldest, ...newest]);
  await tx.done;
  return rows.length === 2 ? { oldest: rows[0]!, newest: rows[1]! } : null;
}

/**
 * The number of the newest published issue dated `year` or before, found by halving the number
 * range: about log2(numbers) index reads. Issues are dated in number order in an archive as
 * published, and there this is exact; where a few are not, it lands next to them. Null when every
 * issue is newer than `year`.
 */
export async function yearStart(db: CuratorDatabase, year: number): Promise<number | null> {
  const tx = db.transaction(['issues', 'items'], 'readonly');
  const index = tx.objectStore('issues').index('by-number');
  const end = `${String(year).padStart(4, '0')}-12-31`;
  const [oldest] = await walk(index, null, 'next', 1);
  const [newest] = await walk(index, null, 'prev', 1);
  let found: number | null = null;
  if (oldest && newest) {
    let low = oldest.number;
    let high = newest.number;
    while (low <= high) {
      const middle = Math.floor((low + high) / 2);
      const [at] = await walk(index, IDBKeyRange.upperBound(middle), 'prev', 1);
      if (at && at.date <= end) {
        found = at.number;
        low = middle + 1;
      } else {
        high = at ? at.number - 1 : middle - 1;
      }
    }
  }
  await tx.done;
  return found;
}
