import { byPosition } from '../core/by-position';
import type { Issue } from '../core/issue';
import { draftToIssue } from './draft-repository';
import type { CuratorDatabase } from './open-db';

/**
 * Where the next batch starts: the number of the last issue record read, and the ids read at
 * that number (the draft can share a number with a published issue, and a batch may end between them).
 */
export interface ArchiveBatchStart {
  number: number;
  ids: string[];
}

/** Published issues, in number order, with where the next batch starts (null after the last). */
export interface ArchiveBatch {
  issues: Issue[];
  next: ArchiveBatchStart | null;
}

/** Issues per batch of an export: a few hundred kilobytes of records at a time. */
export const ARCHIVE_BATCH = 200;

/**
 * Up to `size` issue records from `start` on, in number order (by-number, a key range and a
 * count), the published ones with their items in order. Each batch is its own short
 * transaction, so the caller can format and zip between batches; nothing holds the whole archive.
 */
export async function readArchiveBatch(db: CuratorDatabase, start: ArchiveBatchStart | null, size = ARCHIVE_BATCH): Promise<ArchiveBatch> {
  const tx = db.transaction(['issues', 'items'], 'readonly');
  const seen = new Set(start?.ids);
  const wanted = size + seen.size;
  const records = await tx
    .objectStore('issues')
    .index('by-number')
    .getAll(start ? IDBKeyRange.lowerBound(start.number) : undefined, wanted);
  const fresh = records.filter((record) => !(record.number === start?.number && seen.has(record.id)));
  const published = fresh.filter((record) => record.status === 'published');
  const byIssue = tx.objectStore('items').index('by-issue');
  const items = await Promise.all(published.map((issue) => byIssue.getAll(issue.id)));
  await tx.done;
  const last = records.at(-1);
  const next =
    records.length < wanted || !last
      ? null
      : { number: last.number, ids: [...(last.number === start?.number ? seen : []), ...fresh.filter((r) => r.number === last.number).map((r) => r.id)] };
  return { issues: published.map((issue, i) => draftToIssue({ issue, items: items[i]!.sort(byPosition) })), next };
}

/** How many published issues there are: the total an export's progress counts to. */
export function publishedCount(db: CuratorDatabase): Promise<number> {
  return db.countFromIndex('issues', 'by-status', 'published');
}
