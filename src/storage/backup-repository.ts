import { type BackupData, type BackupFile, makeBackup, planRestore, type RestoreMode, type RestorePlan } from '../core/backup';
import { URL_KEY_VERSION } from '../core/cleanup';
import { toIsoDate } from '../core/dates';
import { readSettings } from '../core/model';
import { abortTransaction } from './abort-transaction';
import { markStatsStale } from './archive-stats-cache';
import { notifyChanged } from './change-feed';
import type { CuratorDatabase } from './open-db';
import type { ClipRecord, IssueRecord, ItemRecord, MetaRecord, SnapshotRecord } from './schema';

/** When the last backup was downloaded (null: never), and how many items no backup holds. */
export interface BackupStatus {
  lastBackupAt: number | null;
  itemsSince: number;
}

/** A snapshot kept before a replace, for the list in the editor. */
export interface SnapshotSummary {
  id: string;
  takenAt: number;
  items: number;
}

/** What a confirmed restore did; `snapshotId` names the copy of the data a replace took first. */
export interface RestoreOutcome {
  plan: RestorePlan;
  snapshotId: string | null;
}

/** Snapshots kept; older ones are deleted when a new one is taken. */
const KEEP_SNAPSHOTS = 3;

/** Anything that can list a store's records: an object store of any transaction. */
type Listing<T> = { getAll(): Promise<T[]> };

/** The stores a backup holds, read in the caller's transaction. */
const BACKUP_STORES = ['issues', 'items', 'clips', 'meta'] as const;

/** The three stores of records and the settings (as `loadSettings` reads them), in the caller's transaction. */
async function readData(tx: {
  objectStore(name: 'issues'): Listing<IssueRecord>;
  objectStore(name: 'items'): Listing<ItemRecord>;
  objectStore(name: 'clips'): Listing<ClipRecord>;
  objectStore(name: 'meta'): { get(key: 'settings'): Promise<MetaRecord | undefined> };
}): Promise<BackupData> {
  const [issues, items, clips, meta] = await Promise.all([
    tx.objectStore('issues').getAll(),
    tx.objectStore('items').getAll(),
    tx.objectStore('clips').getAll(),
    tx.objectStore('meta').get('settings'),
  ]);
  return { issues, items, clips, settings: readSettings(meta?.key === 'settings' ? meta.settings : undefined).settings };
}

/** Everything the curator made (issues, items, half-written blurbs) and the settings, as one backup file. One readonly transaction. */
export async function exportBackup(db: CuratorDatabase, now = Date.now()): Promise<BackupFile> {
  const tx = db.transaction(BACKUP_STORES, 'readonly');
  const data = await readData(tx);
  await tx.done;
  return makeBackup(data, now);
}

/** Notes that a backup was handed to the browser's downloads at `at`. */
export async function markBackedUp(db: CuratorDatabase, at = Date.now()): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  await tx.store.put({ key: 'last-backup', at });
  await tx.done;
  notifyChanged();
}

/** When the last backup was made, and how many items were added since (all of them, without one). */
export async function backupStatus(db: CuratorDatabase): Promise<BackupStatus> {
  const tx = db.transaction(['meta', 'items'], 'readonly');
  const record = await tx.objectStore('meta').get('last-backup');
  const last = record?.key === 'last-backup' ? record : undefined;
  const since = last ? IDBKeyRange.lowerBound(last.at, true) : undefined;
  const itemsSince = await tx.objectStore('items').index('by-added').count(since);
  await tx.done;
  return { lastBackupAt: last?.at ?? null, itemsSince };
}

/** What restoring `backup` would do to the data as it is now. Writes nothing. */
export async function previewRestore(db: CuratorDatabase, backup: BackupData, mode: RestoreMode, now = Date.now()): Promise<RestorePlan> {
  const tx = db.transaction(BACKUP_STORES, 'readonly');
  const current = await readData(tx);
  await tx.done;
  return planRestore(current, backup, mode, mergeOptions(current, now));
}

/** What a merge needs to start a draft the way publishing would: today, the issue weekday, the time. */
const mergeOptions = (current: BackupData, now: number) => ({ now, today: toIsoDate(new Date(now)), weekday: current.settings?.weekday });

/**
 * Restores a backup (already read and checked whole) in ONE transaction: merge (by id, newer
 * `updatedAt` wins; the settings here stay) or replace (the backup's settings too), which first
 * keeps a snapshot of the data and settings it replaces, in the same transaction. On any failure nothing at all changes. The plan is computed here, inside the
 * transaction, from the data as it is at that moment (pure code; no await on anything else).
 */
export async function restoreBackup(db: CuratorDatabase, backup: BackupData, mode: RestoreMode, now = Date.now()): Promise<RestoreOutcome> {
  const tx = db.transaction([...BACKUP_STORES, 'snapshots'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  let snapshotId: string | null = null;
  try {
    const current = await readData(tx);
    const plan = planRestore(current, backup, mode, mergeOptions(current, now));
    if (mode === 'replace') {
      const snapshots = tx.objectStore('snapshots');
      const older = await snapshots.index('by-taken').getAllKeys();
      for (const old of older.slice(0, Math.max(0, older.length - (KEEP_SNAPSHOTS - 1)))) writes.push(snapshots.delete(old));
      snapshotId = crypto.randomUUID();
      writes.push(snapshots.add({ id: snapshotId, takenAt: now, file: makeBackup(current, now) }));
    }
    for (const id of plan.remove.items) writes.push(tx.objectStore('items').delete(id));
    for (const id of plan.remove.issues) writes.push(tx.objectStore('issues').delete(id));
    for (const key of plan.remove.clips) writes.push(tx.objectStore('clips').delete(key));
    for (const issue of plan.put.issues) writes.push(tx.objectStore('issues').put(issue));
    for (const item of plan.put.items) writes.push(tx.objectStore('items').put(item));
    for (const clip of plan.put.clips) writes.push(tx.objectStore('clips').put(clip));
    // Checked again as `saveSettings` does: only valid settings are ever stored, whoever calls.
    if (plan.put.settings) writes.push(tx.objectStore('meta').put({ key: 'settings', settings: readSettings(plan.put.settings).settings }));
    // The backup's keys were remade by today's rules (upgradeBackup); the data here already was on open.
    writes.push(tx.objectStore('meta').put({ key: 'url-key-version', version: URL_KEY_VERSION }));
    writes.push(markStatsStale(tx));
    await Promise.all(writes);
    await tx.done;
    notifyChanged();
    return { plan, snapshotId };
  } catch (error) {
    // The writes' requests fail with the abort, which nobody needs to hear about.
    for (const write of writes) write.catch(() => undefined);
    await abortTransaction(tx);
    throw error;
  }
}

/** The snapshots kept before replaces, newest first. */
export async function listSnapshots(db: CuratorDatabase): Promise<SnapshotSummary[]> {
  const snapshots = await db.getAllFromIndex('snapshots', 'by-taken');
  return snapshots.reverse().map(({ id, takenAt, file }) => ({ id, takenAt, items: file.data.items.length }));
}

/** One kept snapshot as a backup file, ready to download or restore; undefined when gone. */
export async function loadSnapshot(db: CuratorDatabase, id: string): Promise<SnapshotRecord['file'] | undefined> {
  return (await db.get('snapshots', id))?.file;
}
