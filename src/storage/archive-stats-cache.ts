import type { IDBPTransaction } from 'idb';
import {
  APPEARANCES_SHOWN,
  type Appearance,
  type ArchiveStats,
  addIssueStats,
  byIssueOrder,
  offerRepeatedLink,
  REPEATED_SHOWN,
  type RepeatedLinks,
  statsFromAggregate,
} from '../core/archive-stats';
import { byPosition } from '../core/by-position';
import { URL_KEY_VERSION } from '../core/cleanup';
import { isPooled } from '../core/model';
import { type RebuildOptions, rebuildStatsAggregate } from './archive-stats-rebuild';
import type { CuratorDatabase } from './open-db';
import { type AppearanceRef, candidateOf, resolveCandidate } from './repeated-link-records';
import type { CuratorDb, IssueRecord, ItemRecord, MetaRecord, MetaWriter } from './schema';

/**
 * Bump when what the statistics count changes (site grouping, emoji rules, the bounds of the
 * repeated links): a stored aggregate made by other rules is then worked out again.
 */
export const STATS_VERSION = 1;

export type StatsRecord = Extract<MetaRecord, { key: 'archive-stats' }>;
type CurrentStats = Extract<StatsRecord, { state: 'current' }>;

/** Whether `record` holds statistics made by today's rules (and URL keys). */
const isCurrent = (record: MetaRecord | undefined): record is CurrentStats =>
  record?.key === 'archive-stats' && record.state === 'current' && record.version === STATS_VERSION && record.urlKeyVersion === URL_KEY_VERSION;

/**
 * Marks the statistics out of date, in the caller's transaction: for a write that changes the
 * archive wholesale (import, restore). A new token each time, so a rebuild that started before
 * this write knows its result is already old.
 */
export function markStatsStale(tx: MetaWriter): Promise<unknown> {
  return tx.objectStore('meta').put({ key: 'archive-stats', state: 'stale', token: crypto.randomUUID() });
}

type PublishTx = IDBPTransaction<CuratorDb, ('issues' | 'items' | 'meta')[], 'readwrite'>;

/** The published appearances of `key`, as a repeated link (read through its index, in `tx`). */
async function readRepeatedLink(tx: PublishTx, key: string) {
  const items = await tx.objectStore('items').index('by-url-key').getAll(key);
  const issues = new Map<string, IssueRecord | undefined>();
  for (const issueId of new Set(items.map((item) => item.issueId))) issues.set(issueId, await tx.objectStore('issues').get(issueId));
  const refs: AppearanceRef[] = [];
  for (const item of items) {
    const issue = issues.get(item.issueId);
    if (issue?.status === 'published') refs.push({ item, number: issue.number, date: issue.date });
  }
  return resolveCandidate(candidateOf(key, refs), (issueId) => tx.objectStore('items').index('by-issue').getAll(issueId));
}

/**
 * How many items with `key` are archived once the draft is published: every one but those in the
 * pool. Counted through the index; the records are read only when the count could be a repeat.
 */
async function archivedCount(tx: PublishTx, key: string): Promise<number> {
  const byKey = tx.objectStore('items').index('by-url-key');
  const count = await byKey.count(key);
  if (count < 2) return count;
  return (await byKey.getAll(key)).filter((item) => !isPooled(item)).length;
}

/**
 * Adds the links of a newly published issue to the repeated links. A link already among those
 * kept has its exact count there; any other is counted with the `by-url-key` index (the one
 * draft is the issue being published, so every other item with its key not in the pool is archived), and read
 * whole only when it may rank among those kept.
 */
async function addRepeats(tx: PublishTx, repeated: RepeatedLinks, issue: IssueRecord, items: readonly ItemRecord[]) {
  const mine = new Map<string, Appearance[]>();
  items.forEach(({ urlKey, title, url }, index) => {
    if (urlKey === '') return;
    const appearance = { number: issue.number, date: issue.date, ordinal: index + 1, title, url };
    mine.set(urlKey, [...(mine.get(urlKey) ?? []), appearance]);
  });
  for (const [key, appearances] of mine) {
    const kept = repeated.links.find((link) => link.key === key);
    if (kept) {
      const all = [...kept.appearances, ...appearances].sort(byIssueOrder).slice(-APPEARANCES_SHOWN);
      offerRepeatedLink(repeated, { key, count: kept.count + appearances.length, appearances: all });
      continue;
    }
    const count = await archivedCount(tx, key);
    if (count < 2) continue;
    if (count - appearances.length < 2) repeated.total++;
    const weakest = repeated.links.length >= REPEATED_SHOWN ? repeated.links.at(-1)! : null;
    if (weakest && count < weakest.count) continue;
    offerRepeatedLink(repeated, await readRepeatedLink(tx, key));
  }
}

/**
 * Adds a just-published issue to the stored statistics, in the publish transaction, so the next
 * visit to the statistics reads one record. Statistics already out of date stay so (marked anew).
 */
export async function addPublishedToStats(tx: PublishTx, issue: IssueRecord): Promise<void> {
  const meta = tx.objectStore('meta');
  const record = await meta.get('archive-stats');
  if (!isCurrent(record)) {
    await markStatsStale(tx);
    return;
  }
  const items = (await tx.objectStore('items').index('by-issue').getAll(issue.id)).sort(byPosition);
  addIssueStats(record.aggregate, { ...issue, items });
  await addRepeats(tx, record.aggregate.repeated, issue, items);
  await meta.put(record);
}

/** The same mark on the statistics: nothing wrote to them between two reads. */
function sameMark(before: MetaRecord | undefined, now: MetaRecord | undefined): boolean {
  if (before?.key !== 'archive-stats' || now?.key !== 'archive-stats') return before === undefined && now === undefined;
  if (before.state === 'stale') return now.state === 'stale' && now.token === before.token;
  if (now.state === 'stale') return false;
  // Statistics made by other rules, untouched: nobody else rebuilt them meanwhile.
  return before.version === now.version && before.urlKeyVersion === now.urlKeyVersion && !isCurrent(now);
}

/** Stores a rebuilt aggregate unless the archive was written meanwhile; says whether it did. */
async function saveIfUnchanged(db: CuratorDatabase, before: MetaRecord | undefined, aggregate: CurrentStats['aggregate']): Promise<boolean> {
  const tx = db.transaction('meta', 'readwrite');
  const unchanged = sameMark(before, await tx.store.get('archive-stats'));
  if (unchanged) await tx.store.put({ key: 'archive-stats', state: 'current', version: STATS_VERSION, urlKeyVersion: URL_KEY_VERSION, aggregate });
  await tx.done;
  return unchanged;
}

/**
 * The archive's issues and items as the statistics count them, when those are up to date (they
 * follow every publish, and are marked stale by every other change to the archive); else null.
 */
export async function keptArchiveTotals(db: CuratorDatabase): Promise<{ issues: number; items: number } | null> {
  const record = await db.get('meta', 'archive-stats');
  return isCurrent(record) ? { issues: record.aggregate.issues, items: record.aggregate.items } : null;
}

/**
 * The archive's statistics: one record read when they are up to date; otherwise worked out again
 * from the items in batches (`RebuildOptions`: progress, a pause between batches) and stored.
 */
export async function loadArchiveStats(db: CuratorDatabase, options: RebuildOptions = {}): Promise<ArchiveStats> {
  for (let attempt = 1; ; attempt++) {
    const record = await db.get('meta', 'archive-stats');
    if (isCurrent(record)) return statsFromAggregate(record.aggregate);
    const aggregate = await rebuildStatsAggregate(db, options);
    // The archive changed while it was read (a publish, an import in another tab): read it again,
    // but not forever; what was read is still the archive of a moment ago.
    if ((await saveIfUnchanged(db, record, aggregate)) || attempt === 3) return statsFromAggregate(aggregate);
  }
}
