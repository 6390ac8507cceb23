import { byPosition } from '../core/by-position';
import { POOL_ISSUE_ID, readSettings } from '../core/model';
import {
  type IssueFileProblem,
  issueFromFile,
  issueNumberOf,
  issueTexts,
  LocalChangedError,
  NEWSLETTER_SETTINGS,
  newsletterSettings,
  type SyncConflict,
  type SyncState,
} from '../core/sync';
import { abortTransaction } from './abort-transaction';
import { markArchiveChanged } from './archive-changed';
import { prepareEntry } from './archive-repository';
import { notifyChanged } from './change-feed';
import { updateDraft, updateItem } from './draft-repository';
import type { CuratorDatabase } from './open-db';
import type { BackgroundSyncOutcome, IssueRecord, ItemRecord, KeptConflict, MetaRecord } from './schema';
import { loadSettings, saveSettings } from './settings-repository';

export type SyncSettings = Omit<Extract<MetaRecord, { key: 'sync-settings' }>, 'key'>;

/** Sync's settings, or null while sync is not set up. */
export async function loadSyncSettings(db: CuratorDatabase): Promise<SyncSettings | null> {
  const record = await db.get('meta', 'sync-settings');
  if (record?.key !== 'sync-settings') return null;
  const { key: _, ...settings } = record;
  return settings;
}

export async function saveSyncSettings(db: CuratorDatabase, settings: SyncSettings | null): Promise<void> {
  if (settings === null) await db.delete('meta', 'sync-settings');
  else await db.put('meta', { key: 'sync-settings', ...settings });
}

/** The commit of the last completed sync and when it completed, or null before the first. */
export async function lastSync(db: CuratorDatabase): Promise<{ commit: string; syncedAt: number } | null> {
  const record = await db.get('meta', 'sync-state');
  return record?.key === 'sync-state' ? { commit: record.commit, syncedAt: record.syncedAt } : null;
}

export async function saveLastSync(db: CuratorDatabase, commit: string, syncedAt: number): Promise<void> {
  await db.put('meta', { key: 'sync-state', commit, syncedAt });
}

/** The last sync the service worker ran, or null when it has run none. */
export async function lastBackgroundSync(db: CuratorDatabase): Promise<{ at: number; outcome: BackgroundSyncOutcome } | null> {
  const record = await db.get('meta', 'background-sync');
  return record?.key === 'background-sync' ? { at: record.at, outcome: record.outcome } : null;
}

/** Keeps how the worker's sync ended, and tells open editors, which show it. */
export async function saveBackgroundSync(db: CuratorDatabase, at: number, outcome: BackgroundSyncOutcome): Promise<void> {
  await db.put('meta', { key: 'background-sync', at, outcome });
  notifyChanged('sync');
}

const sameRecords = (a: readonly unknown[], b: readonly unknown[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes a sync's merge in one transaction: the draft and its items as merged, each issue file
 * that came in new or changed as a published issue (replacing the one of that number), and the
 * values the merge set aside (`conflicts`) at the head of the kept ones. Throws LocalChangedError,
 * writing nothing, when the draft is no longer what the sync read. Resolves with the issue files
 * that were not taken in.
 */
export async function applySyncState(
  db: CuratorDatabase,
  before: SyncState,
  after: SyncState,
  now = Date.now(),
  conflicts: readonly SyncConflict[] = [],
): Promise<IssueFileProblem[]> {
  const { issueUrlBase } = await loadSettings(db);
  const problems: IssueFileProblem[] = [];
  // Parsed before the transaction opens: only IndexedDB calls may run inside it.
  const incoming: { record: IssueRecord; items: ItemRecord[] }[] = [];
  // By number: an issue whose file was only renamed (the file-name pattern changed) is not read again.
  const had = issueTexts(before);
  for (const [path, text] of after.issueFiles) {
    const number = issueNumberOf(path, after.newsletter.fileNamePattern);
    if (number === null || had.get(number) === text) continue;
    const read = issueFromFile(path, number, text, issueUrlBase);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    // Built as an import builds it: it replaces the issue of its number.
    const { record, items } = prepareEntry({ issue: read.issue, onConflict: 'replace' }, now, () => crypto.randomUUID());
    incoming.push({ record, items });
  }
  const tx = db.transaction(['issues', 'items', 'meta'], 'readwrite');
  try {
    const issues = tx.objectStore('issues');
    const items = tx.objectStore('items');
    const draft = (await issues.index('by-status').get('draft')) ?? null;
    const draftItems = draft ? (await items.index('by-issue').getAll(draft.id)).sort(byPosition) : [];
    const pool = await items.index('by-issue').getAll(POOL_ISSUE_ID);
    const stored = await tx.objectStore('meta').get('settings');
    const settings = readSettings(stored?.key === 'settings' ? stored.settings : undefined).settings;
    if (
      !sameRecords([draft], [before.draft]) ||
      !sameRecords(draftItems, before.items) ||
      !sameRecords(pool, before.pool) ||
      !sameRecords([newsletterSettings(settings)], [before.newsletter])
    ) {
      throw new LocalChangedError();
    }
    if (NEWSLETTER_SETTINGS.some((name) => settings[name] !== after.newsletter[name])) {
      await tx.objectStore('meta').put({ key: 'settings', settings: { ...settings, ...after.newsletter } });
    }
    const keep = new Set([...after.items, ...after.pool].map((item) => item.id));
    for (const item of [...draftItems, ...pool]) if (!keep.has(item.id)) await items.delete(item.id);
    if (draft && draft.id !== after.draft?.id) await issues.delete(draft.id);
    if (after.draft) await issues.put(after.draft);
    for (const item of [...after.items, ...after.pool]) await items.put(item);
    for (const { record, items: newItems } of incoming) {
      for (const old of await issues.index('by-number').getAll(record.number)) {
        if (old.status !== 'published') continue;
        for (const key of await items.index('by-issue').getAllKeys(old.id)) await items.delete(key);
        await issues.delete(old.id);
      }
      await issues.add(record);
      for (const item of newItems) await items.add(item);
    }
    if (incoming.length > 0) await markArchiveChanged(tx);
    await keepIn(tx.objectStore('meta'), conflicts, after, now);
    await tx.done;
  } catch (error) {
    await abortTransaction(tx);
    throw error;
  }
  // What it wrote is in the repository already: other pages show it and need not sync for it.
  notifyChanged('sync');
  return problems;
}

/** Set-aside values kept; older ones are dropped when a sync sets more aside. */
export const KEEP_CONFLICTS = 50;

/** Puts `conflicts` at the head of the kept values, in the transaction of `meta`. */
async function keepIn(
  meta: { get(key: 'sync-conflicts'): Promise<MetaRecord | undefined>; put(record: MetaRecord): Promise<unknown> },
  conflicts: readonly SyncConflict[],
  after: SyncState,
  now: number,
): Promise<void> {
  if (conflicts.length === 0) return;
  const kept = conflicts.map((conflict): KeptConflict => ({ id: crypto.randomUUID(), at: now, conflict: naming(conflict, after) }));
  await meta.put({ key: 'sync-conflicts', conflicts: [...kept, ...readKept(await meta.get('sync-conflicts'))].slice(0, KEEP_CONFLICTS) });
}

/**
 * Keeps what a sync set aside when its merge went into the repository but every attempt to write
 * it here was refused (the curator kept editing): the value that lost is in neither place else.
 */
export async function keepSyncConflicts(db: CuratorDatabase, conflicts: readonly SyncConflict[], after: SyncState, now = Date.now()): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  await keepIn(tx.store, conflicts, after, now);
  await tx.done;
}

const readKept = (record: MetaRecord | undefined): KeptConflict[] => (record?.key === 'sync-conflicts' ? record.conflicts : []);

/** A draft's conflict names the draft the field was merged into: a draft the merge left behind is gone. */
const naming = (conflict: SyncConflict, after: SyncState): SyncConflict =>
  conflict.kind === 'draft' && after.draft ? { ...conflict, id: after.draft.id } : conflict;

/** What syncs set aside and the curator has not yet taken back or dismissed, newest first. */
export async function keptConflicts(db: CuratorDatabase): Promise<KeptConflict[]> {
  return readKept(await db.get('meta', 'sync-conflicts'));
}

/** Forgets the kept values with these ids; every one when `ids` is null. */
export async function dismissConflicts(db: CuratorDatabase, ids: readonly string[] | null): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const left = ids === null ? [] : readKept(await tx.store.get('sync-conflicts')).filter((kept) => !ids.includes(kept.id));
  if (left.length === 0) await tx.store.delete('sync-conflicts');
  else await tx.store.put({ key: 'sync-conflicts', conflicts: left });
  await tx.done;
}

/**
 * Puts a kept value back where it was set aside, through the ordinary update (so the next sync
 * carries it as an edit), and forgets it. 'gone' when there is nowhere to put it: the item was
 * deleted or published, the draft published, or it is an issue file (a whole issue's text, which
 * only Copy offers). A gone value stays kept.
 */
export async function takeBackConflict(db: CuratorDatabase, id: string, now = Date.now()): Promise<'used' | 'gone'> {
  const kept = (await keptConflicts(db)).find((entry) => entry.id === id);
  if (!kept || !(await putBack(db, kept.conflict, now))) return 'gone';
  await dismissConflicts(db, [id]);
  return 'used';
}

async function putBack(db: CuratorDatabase, conflict: SyncConflict, now: number): Promise<boolean> {
  switch (conflict.kind) {
    case 'setting': {
      const settings = await loadSettings(db);
      await saveSettings(db, { ...settings, [conflict.field]: conflict.setAside });
      return true;
    }
    case 'draft': {
      const issue = await db.get('issues', conflict.id);
      return issue?.status === 'draft' && updateDraft(db, issue.id, { [conflict.field]: conflict.setAside }, now);
    }
    case 'item': {
      const item = await db.get('items', conflict.id);
      if (!item) return false;
      const issue = item.issueId === POOL_ISSUE_ID ? null : await db.get('issues', item.issueId);
      if (issue && issue.status !== 'draft') return false;
      return updateItem(db, item.id, { [conflict.field]: conflict.setAside }, now);
    }
    case 'issueFile':
      return false;
  }
}
