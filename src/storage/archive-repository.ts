import type { IDBPTransaction } from 'idb';
import { byPosition } from '../core/by-position';
import { toIsoDate } from '../core/dates';
import type { ArchivedIssue, ImportPlan } from '../core/import';
import type { Issue } from '../core/issue';
import { ISSUE_FIELDS, ITEM_FIELDS, newIssue, newItem, refuseInvalid } from '../core/model';
import { type IssueRef, isBlankDraft, nextIssue } from '../core/next-issue';
import { abortTransaction } from './abort-transaction';
import { markStatsStale } from './archive-stats-cache';
import { notifyChanged } from './change-feed';
import { draftToIssue } from './draft-repository';
import type { CuratorDatabase } from './open-db';
import type { CuratorDb, IssueRecord, ItemRecord } from './schema';

/** One row of the archive list. */
export interface ArchiveSummary {
  id: string;
  number: number;
  date: string;
  headline: string;
  itemCount: number;
}

/** A published issue with its items in order. */
export interface ArchivedIssueRecords {
  issue: IssueRecord;
  items: ItemRecord[];
}

/** What a confirmed import did, by issue number. */
export interface ImportOutcome {
  added: number[];
  replaced: number[];
  skipped: number[];
  /** Where the empty draft was moved to follow the archive; null when it was left alone. */
  draft: IssueRef | null;
}

/** Options for tests: a fixed clock, and record ids that can be made to collide. */
export interface ImportOptions {
  now?: number;
  newId?: () => string;
}

type ArchiveTx = IDBPTransaction<CuratorDb, ('issues' | 'items' | 'meta')[], 'readwrite'>;

/** Every published issue with its item count, newest first. One readonly transaction. */
export async function listArchive(db: CuratorDatabase): Promise<ArchiveSummary[]> {
  const tx = db.transaction(['issues', 'items'], 'readonly');
  const published = await tx.objectStore('issues').index('by-status').getAll('published');
  const byIssue = tx.objectStore('items').index('by-issue');
  const counts = await Promise.all(published.map((issue) => byIssue.count(issue.id)));
  await tx.done;
  return published.map(({ id, number, date, headline }, i) => ({ id, number, date, headline, itemCount: counts[i]! })).sort((a, b) => b.number - a.number);
}

/** Number, date and headline of every published issue: what the import preview and the draft's number check need. */
export async function archiveIndex(db: CuratorDatabase): Promise<ArchivedIssue[]> {
  const published = await db.getAllFromIndex('issues', 'by-status', 'published');
  return published.map(({ number, date, headline }) => ({ number, date, headline }));
}

/** The published issue numbered `number`, with its items in order; null when there is none. */
export async function getIssueWithItems(db: CuratorDatabase, number: number): Promise<ArchivedIssueRecords | null> {
  const tx = db.transaction(['issues', 'items'], 'readonly');
  const matches = await tx.objectStore('issues').index('by-number').getAll(number);
  const issue = matches.find((record) => record.status === 'published');
  const items = issue ? await tx.objectStore('items').index('by-issue').getAll(issue.id) : [];
  await tx.done;
  return issue ? { issue, items: items.sort(byPosition) } : null;
}

/** Every published issue as plain content, in number order, ready for the formatter. */
export async function loadArchiveIssues(db: CuratorDatabase): Promise<Issue[]> {
  const tx = db.transaction(['issues', 'items'], 'readonly');
  const published = await tx.objectStore('issues').index('by-status').getAll('published');
  const items = await tx.objectStore('items').getAll();
  await tx.done;
  const itemsOf = new Map<string, ItemRecord[]>();
  for (const item of items) itemsOf.set(item.issueId, [...(itemsOf.get(item.issueId) ?? []), item]);
  return published.sort((a, b) => a.number - b.number).map((issue) => draftToIssue({ issue, items: (itemsOf.get(issue.id) ?? []).sort(byPosition) }));
}

interface Prepared {
  record: IssueRecord;
  items: ItemRecord[];
  onConflict: 'replace' | 'skip';
}

/**
 * Builds every record before the transaction opens: only IndexedDB calls may run inside it. A
 * record that fails the model's check refuses the whole import (`RecordRefusedError`).
 */
function prepare(plan: ImportPlan, now: number, newId: () => string): Prepared[] {
  return plan.entries.map(({ issue, onConflict }) => {
    const record = newIssue({ ...issue, id: newId(), status: 'published', now });
    const items = issue.items.map((item, position) => newItem({ ...item, id: newId(), issueId: record.id, position, now }));
    refuseInvalid('issue', ISSUE_FIELDS, record);
    for (const item of items) refuseInvalid('item', ITEM_FIELDS, item);
    return { record, items, onConflict };
  });
}

/** Writes one issue unless its number is taken and the plan says skip; says what it did. */
async function writeIssue(tx: ArchiveTx, { record, items, onConflict }: Prepared): Promise<'added' | 'replaced' | 'skipped'> {
  const issues = tx.objectStore('issues');
  const itemStore = tx.objectStore('items');
  const taken = (await issues.index('by-number').getAll(record.number)).filter((old) => old.status === 'published');
  if (taken.length > 0 && onConflict === 'skip') return 'skipped';
  for (const old of taken) {
    const oldItems = await itemStore.index('by-issue').getAllKeys(old.id);
    await Promise.all([...oldItems.map((key) => itemStore.delete(key)), issues.delete(old.id)]);
  }
  const writes: Promise<unknown>[] = [];
  try {
    writes.push(issues.add(record));
    for (const item of items) writes.push(itemStore.add(item));
  } catch (error) {
    // A value that cannot be stored throws before its request exists. The requests made so far
    // will fail when the caller aborts the transaction; nobody needs to hear about that.
    for (const write of writes) write.catch(() => undefined);
    throw error;
  }
  await Promise.all(writes);
  return taken.length > 0 ? 'replaced' : 'added';
}

/**
 * Moves a draft nobody has started (no items, blank headline and intro) to the place after
 * the archive: next number, next issue day. A draft with any content is the curator's and
 * is left as it is; the editor offers the same numbers as a suggestion instead.
 */
async function followArchive(tx: ArchiveTx, now: number): Promise<IssueRef | null> {
  const issues = tx.objectStore('issues');
  const draft = await issues.index('by-status').get('draft');
  if (!draft) return null;
  const itemCount = await tx.objectStore('items').index('by-issue').count(draft.id);
  if (!isBlankDraft(draft, itemCount)) return null;
  const next = nextIssue(await issues.index('by-status').getAll('published'), undefined, toIsoDate(new Date(now)));
  if (!next || (next.number === draft.number && next.date === draft.date)) return null;
  await issues.put({ ...draft, number: next.number, date: next.date, updatedAt: now });
  return next;
}

/**
 * Writes a confirmed import into the archive as published issues, in ONE transaction: either
 * every issue is written or, on any failure, nothing is. A number already in the archive is
 * replaced (its items deleted with it) or skipped, as each entry says. The draft is never
 * touched, except that an empty one is renumbered to follow the archive.
 */
export async function importIssues(db: CuratorDatabase, plan: ImportPlan, options: ImportOptions = {}): Promise<ImportOutcome> {
  const now = options.now ?? Date.now();
  const prepared = prepare(plan, now, options.newId ?? (() => crypto.randomUUID()));
  const outcome: ImportOutcome = { added: [], replaced: [], skipped: [], draft: null };
  const tx = db.transaction(['issues', 'items', 'meta'], 'readwrite');
  try {
    for (const entry of prepared) outcome[await writeIssue(tx, entry)].push(entry.record.number);
    if (outcome.added.length + outcome.replaced.length > 0) outcome.draft = await followArchive(tx, now);
    if (outcome.added.length + outcome.replaced.length > 0) await markStatsStale(tx);
    await tx.done;
  } catch (error) {
    await abortTransaction(tx);
    throw error;
  }
  notifyChanged();
  return outcome;
}
