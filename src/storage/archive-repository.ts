import type { IDBPTransaction } from 'idb';
import { byPosition } from '../core/by-position';
import { toIsoDate } from '../core/dates';
import type { ArchivedIssue, ImportPlan } from '../core/import';
import type { Issue } from '../core/issue';
import { ISSUE_FIELDS, ITEM_FIELDS, newIssue, newItem, refuseInvalid } from '../core/model';
import { type IssueRef, isBlankDraft, nextIssue } from '../core/next-issue';
import { abortTransaction } from './abort-transaction';
import { markArchiveChanged } from './archive-changed';
import { publishedNumbers } from './archive-numbers';
import { archiveTipIn } from './archive-tip';
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
  /** When the issue was reopened and last changed; absent when it never was. */
  editedAt?: number;
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

/** How far a running import is: records built (before the transaction), then issues written. */
export interface ImportProgress {
  phase: 'preparing' | 'writing';
  done: number;
  total: number;
}

/** Issues built or written at a time: a hundred or two records, a short task each even on a busy machine. */
export const IMPORT_CHUNK = 25;

/** Progress and pauses for the page; for tests also a fixed clock, ids that can collide, small chunks. */
export interface ImportOptions {
  now?: number;
  newId?: () => string;
  onProgress?: (progress: ImportProgress) => void;
  /** Awaited between chunks of record building (outside the transaction): the page's turn. */
  pause?: () => Promise<void>;
  chunkSize?: number;
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

/** An issue's records as the archive stores it (also how sync takes in an issue file), checked by the model. */
export function prepareEntry({ issue, onConflict }: ImportPlan['entries'][number], now: number, newId: () => string): Prepared {
  const record = newIssue({ ...issue, id: newId(), status: 'published', now });
  const items = issue.items.map((item, position) => newItem({ ...item, id: newId(), issueId: record.id, position, now }));
  refuseInvalid('issue', ISSUE_FIELDS, record);
  for (const item of items) refuseInvalid('item', ITEM_FIELDS, item);
  return { record, items, onConflict };
}

/**
 * Builds every record before the transaction opens: only IndexedDB calls may run inside it. A
 * record that fails the model's check refuses the whole import (`RecordRefusedError`). Built a
 * chunk at a time, pausing between chunks, so the page stays responsive.
 */
async function prepare(plan: ImportPlan, now: number, options: ImportOptions): Promise<Prepared[]> {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const size = options.chunkSize ?? IMPORT_CHUNK;
  const total = plan.entries.length;
  const prepared: Prepared[] = [];
  for (let start = 0; start < total; start += size) {
    if (start > 0) await options.pause?.();
    for (const entry of plan.entries.slice(start, start + size)) prepared.push(prepareEntry(entry, now, newId));
    options.onProgress?.({ phase: 'preparing', done: prepared.length, total });
  }
  return prepared;
}

/**
 * The prepared entries cut into chunks of at most `size`; a number already in the chunk starts
 * the next one, so each entry of a chunk sees what the entries before it wrote.
 */
function* chunksOf(prepared: readonly Prepared[], size: number): Generator<Prepared[]> {
  let chunk: Prepared[] = [];
  let numbers = new Set<number>();
  for (const entry of prepared) {
    if (chunk.length >= size || numbers.has(entry.record.number)) {
      yield chunk;
      chunk = [];
      numbers = new Set();
    }
    chunk.push(entry);
    numbers.add(entry.record.number);
  }
  if (chunk.length > 0) yield chunk;
}

type Written = 'added' | 'replaced' | 'skipped';

/**
 * Writes one chunk: each issue unless its number is taken (in `numbers`, kept up to date) and
 * its entry says skip; a replaced issue's items are deleted with it. Resolves when the chunk's
 * last request has succeeded, so the caller issues the next chunk from there and the
 * transaction, never left without a pending request, stays open.
 */
async function writeChunk(tx: ArchiveTx, chunk: readonly Prepared[], numbers: Map<number, string[]>): Promise<Written[]> {
  const issues = tx.objectStore('issues');
  const itemStore = tx.objectStore('items');
  const taken = chunk.map(({ record }) => numbers.get(record.number) ?? []);
  const results = chunk.map(({ onConflict }, i): Written => (taken[i]!.length === 0 ? 'added' : onConflict === 'skip' ? 'skipped' : 'replaced'));
  const oldItems = await Promise.all(
    chunk.map((_, i) => (results[i] === 'replaced' ? Promise.all(taken[i]!.map((id) => itemStore.index('by-issue').getAllKeys(id))) : [])),
  );
  const writes: Promise<unknown>[] = [];
  try {
    chunk.forEach(({ record, items }, i) => {
      if (results[i] === 'skipped') return;
      for (const key of oldItems[i]!.flat()) writes.push(itemStore.delete(key));
      for (const id of taken[i]!) writes.push(issues.delete(id));
      writes.push(issues.add(record));
      for (const item of items) writes.push(itemStore.add(item));
      numbers.set(record.number, [record.id]);
    });
  } catch (error) {
    // A value that cannot be stored throws before its request exists. The requests made so far
    // will fail when the caller aborts the transaction; nobody needs to hear about that.
    for (const write of writes) write.catch(() => undefined);
    throw error;
  }
  await Promise.all(writes);
  return results;
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
  // The highest number and the latest date are all `nextIssue` reads of the archive.
  const next = nextIssue(await archiveTipIn(issues), undefined, toIsoDate(new Date(now)));
  if (!next || (next.number === draft.number && next.date === draft.date)) return null;
  await issues.put({ ...draft, number: next.number, date: next.date, updatedAt: now });
  return next;
}

/**
 * Writes a confirmed import into the archive as published issues, in ONE transaction: either
 * every issue is written or, on any failure, nothing is. A number already in the archive is
 * replaced (its items deleted with it) or skipped, as each entry says. The draft is never
 * touched, except that an empty one is renumbered to follow the archive. The archive's numbers
 * are read once; the writes go a chunk at a time, each chunk issued when the one before has
 * succeeded, so the page gets its turn between them and progress can be shown.
 */
export async function importIssues(db: CuratorDatabase, plan: ImportPlan, options: ImportOptions = {}): Promise<ImportOutcome> {
  const now = options.now ?? Date.now();
  const prepared = await prepare(plan, now, options);
  const outcome: ImportOutcome = { added: [], replaced: [], skipped: [], draft: null };
  const total = prepared.length;
  let done = 0;
  const tx = db.transaction(['issues', 'items', 'meta'], 'readwrite');
  try {
    const numbers = await publishedNumbers(tx.objectStore('issues'));
    for (const chunk of chunksOf(prepared, options.chunkSize ?? IMPORT_CHUNK)) {
      const results = await writeChunk(tx, chunk, numbers);
      for (const [i, { record }] of chunk.entries()) outcome[results[i]!].push(record.number);
      done += chunk.length;
      options.onProgress?.({ phase: 'writing', done, total });
    }
    if (outcome.added.length + outcome.replaced.length > 0) outcome.draft = await followArchive(tx, now);
    if (outcome.added.length + outcome.replaced.length > 0) await markArchiveChanged(tx);
    await tx.done;
  } catch (error) {
    await abortTransaction(tx);
    throw error;
  }
  notifyChanged();
  return outcome;
}
