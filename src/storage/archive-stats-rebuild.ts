import { addIssueShape, addItemStats, emptyStatsAggregate, REPEATED_SHOWN, type RepeatedLink, type StatsAggregate } from '../core/archive-stats';
import type { CuratorDatabase } from './open-db';
import { type AppearanceRef, candidateOf, compareCandidates, type RepeatedCandidate, resolveCandidate } from './repeated-link-records';
import type { ItemRecord } from './schema';

/** How far a rebuild has read: items read, of all items. */
export interface StatsProgress {
  done: number;
  total: number;
}

export interface RebuildOptions {
  onProgress?(progress: StatsProgress): void;
  /** Awaited between batches, so the page can paint and answer; a macrotask by default. */
  pause?(): Promise<void>;
  /** Records read per batch. */
  batch?: number;
}

/** ~500 items take a few milliseconds to tally (the emoji segmenter is the dearest part). */
const BATCH = 500;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Number and date of every published issue, read in batches of `batch`. */
async function readPublished(db: CuratorDatabase, batch: number, pause: () => Promise<void>) {
  const published = new Map<string, { number: number; date: string }>();
  let after: string | undefined;
  for (;;) {
    const issues = await db.getAll('issues', after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), batch);
    for (const { id, number, date, status } of issues) if (status === 'published') published.set(id, { number, date });
    if (issues.length < batch) return published;
    after = issues.at(-1)!.id;
    await pause();
  }
}

/**
 * The items in URL-key order, in batches of about `batch` that never split one key's items:
 * a run of one key is what makes a repeated link. A key with more items than a batch comes whole.
 */
async function* itemsByKey(db: CuratorDatabase, batch: number): AsyncGenerator<ItemRecord[]> {
  let from: IDBKeyRange | undefined;
  for (;;) {
    const items = await db.getAllFromIndex('items', 'by-url-key', from, batch);
    if (items.length < batch) {
      if (items.length > 0) yield items;
      return;
    }
    const last = items.at(-1)!.urlKey;
    const whole = items.filter((item) => item.urlKey !== last);
    if (whole.length > 0) {
      yield whole;
      from = IDBKeyRange.lowerBound(last);
    } else {
      yield await db.getAllFromIndex('items', 'by-url-key', last);
      from = IDBKeyRange.lowerBound(last, true);
    }
  }
}

/** The best `REPEATED_SHOWN` candidates, ranked; a candidate that cannot rank is not kept. */
function keepBest(best: RepeatedCandidate[], candidate: RepeatedCandidate): void {
  if (best.length >= REPEATED_SHOWN && compareCandidates(candidate, best.at(-1)!) >= 0) return;
  best.push(candidate);
  best.sort(compareCandidates);
  if (best.length > REPEATED_SHOWN) best.pop();
}

/**
 * The statistics aggregate worked out from every stored record, read in batches (each its own
 * transaction) with a pause between them: never every record at once, and never a long task.
 * Memory: the published issues' numbers and dates, the tallies, and the best repeated links.
 */
export async function rebuildStatsAggregate(db: CuratorDatabase, options: RebuildOptions = {}): Promise<StatsAggregate> {
  const { onProgress, pause = nextTask, batch = BATCH } = options;
  const published = await readPublished(db, batch, pause);
  const total = await db.count('items');
  const aggregate = emptyStatsAggregate();
  const itemCounts = new Map<string, number>();
  const best: RepeatedCandidate[] = [];
  let done = 0;
  onProgress?.({ done, total });
  for await (const items of itemsByKey(db, batch)) {
    let run: AppearanceRef[] = [];
    const endRun = () => {
      const key = run[0]?.item.urlKey;
      if (run.length > 1 && key) {
        aggregate.repeated.total++;
        keepBest(best, candidateOf(key, run));
      }
      run = [];
    };
    for (const item of items) {
      if (run.length > 0 && run[0]!.item.urlKey !== item.urlKey) endRun();
      const issue = published.get(item.issueId);
      if (!issue) continue;
      itemCounts.set(item.issueId, (itemCounts.get(item.issueId) ?? 0) + 1);
      addItemStats(aggregate, item);
      run.push({ item, ...issue });
    }
    endRun();
    done += items.length;
    onProgress?.({ done: Math.min(done, total), total });
    await pause();
  }
  for (const [id, { date }] of published) addIssueShape(aggregate, date, itemCounts.get(id) ?? 0);
  const tx = db.transaction('items');
  const links: RepeatedLink[] = [];
  for (const candidate of best) links.push(await resolveCandidate(candidate, (issueId) => tx.store.index('by-issue').getAll(issueId)));
  await tx.done;
  aggregate.repeated.links = links;
  return aggregate;
}
