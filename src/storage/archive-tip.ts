import type { IDBPObjectStore, StoreNames } from 'idb';
import { isIsoDate } from '../core/dates';
import type { IssueRef } from '../core/next-issue';
import type { CuratorDatabase } from './open-db';
import type { CuratorDb } from './schema';

/** Issues read at a time while looking for the latest date: what is held in memory at once. */
const DATE_BATCH = 500;

/** The published issue numbered `number`, as a number and date; null when that number is free. One index read. */
export async function archivedIssueRef(db: CuratorDatabase, number: number): Promise<IssueRef | null> {
  // The key holds at most the published issue and the draft.
  const same = await db.getAllFromIndex('issues', 'by-number', number);
  const published = same.find((issue) => issue.status === 'published');
  return published ? { number: published.number, date: published.date } : null;
}

type IssueStore<Mode extends IDBTransactionMode> = IDBPObjectStore<CuratorDb, ArrayLike<StoreNames<CuratorDb>>, 'issues', Mode>;

/**
 * What `nextIssue` needs of the archive to say what follows it: the highest-numbered published
 * issue (a `by-number` cursor from the top, past the draft) and the latest-dated one. Without an
 * index on dates, the latest date takes a read of every issue record, in batches; so the editor
 * asks for this only when the draft's number is already archived, not on every load.
 */
export async function archiveTip(db: CuratorDatabase): Promise<IssueRef[]> {
  const tx = db.transaction('issues', 'readonly');
  const tip = await archiveTipIn(tx.store);
  await tx.done;
  return tip;
}

/**
 * `archiveTip` in the caller's transaction (an import's, which renumbers the draft). The issue
 * records are read `DATE_BATCH` at a time, each batch its own request, so neither the page's
 * memory nor any one task holds the whole archive.
 */
export async function archiveTipIn<Mode extends IDBTransactionMode>(issues: IssueStore<Mode>): Promise<IssueRef[]> {
  let highest: IssueRef | undefined;
  for (let cursor = await issues.index('by-number').openCursor(null, 'prev'); cursor; cursor = await cursor.continue()) {
    if (cursor.value.status !== 'published') continue;
    highest = { number: cursor.value.number, date: cursor.value.date };
    break;
  }
  let latest: IssueRef | undefined;
  let after: IDBKeyRange | null = null;
  for (;;) {
    const batch = await issues.getAll(after, DATE_BATCH);
    for (const { status, number, date } of batch) {
      // Only a readable date counts, as in `nextIssue`.
      if (status === 'published' && isIsoDate(date) && (!latest || date > latest.date)) latest = { number, date };
    }
    if (batch.length < DATE_BATCH) break;
    after = IDBKeyRange.lowerBound(batch.at(-1)!.id, true);
  }
  return [highest, latest].filter((ref): ref is IssueRef => ref !== undefined);
}
