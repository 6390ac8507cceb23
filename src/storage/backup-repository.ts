import { type BackupData, type BackupFile, COUNT_SINCE_BACKUP_LIMIT, makeBackup, planRestoreSteps, type RestoreMode, type RestorePlan } from '../core/backup';
import { URL_KEY_VERSION } from '../core/cleanup';
import { toIsoDate } from '../core/dates';
import { readSettings } from '../core/model';
import { paceSteps } from '../core/steps';
import { abortTransaction } from './abort-transaction';
import { markArchiveChanged } from './archive-changed';
import { type BackupProgress, type BackupTransaction, type BatchReader, backupFileWriter, readBackupBatches } from './backup-batches';
import { notifyChanged } from './change-feed';
import type { CuratorDatabase } from './open-db';
import type { SnapshotRecord } from './schema';

/** When the last backup was downloaded (null: never), and how many items no backup holds. */
export interface BackupStatus {
  lastBackupAt: number | null;
  /** Counted up to `COUNT_SINCE_BACKUP_LIMIT`. */
  itemsSince: number;
  /** More items than `itemsSince` are in no backup: the count stopped at its limit. */
  moreSince: boolean;
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

/** The stores a backup holds, read in the caller's transaction. */
const BACKUP_STORES = ['issues', 'items', 'clips', 'meta'] as const;
/**
 * Writes a restore issues at once; the next chunk goes out when the last one succeeded. Each
 * put clones its record on the page's thread: a hundred keep that task short.
 */
const WRITE_CHUNK = 100;

/** Everything a backup holds, in the caller's transaction, read in batches; `also` sees each batch too (a snapshot being written). */
async function readData(tx: BackupTransaction, also?: BatchReader): Promise<BackupData> {
  const data: BackupData = { issues: [], items: [], clips: [], settings: null };
  await readBackupBatches(tx, {
    start(settings, total) {
      data.settings = settings;
      also?.start(settings, total);
    },
    batch(batch) {
      for (const record of batch.records) (data[batch.store] as object[]).push(record);
      also?.batch(batch);
    },
  });
  return data;
}

/** Everything the curator made (issues, items, half-written blurbs) and the settings, as one backup file. One readonly transaction. */
export async function exportBackup(db: CuratorDatabase, now = Date.now()): Promise<BackupFile> {
  const tx = db.transaction(BACKUP_STORES, 'readonly');
  const data = await readData(tx);
  await tx.done;
  return makeBackup(data, now);
}

/**
 * The backup file to download: everything, read in batches in ONE readonly transaction (one
 * consistent moment, which edits wait for) and written batch by batch into a Blob in the layout
 * `backupLines` describes. Neither the data nor the file's text is ever held whole.
 */
export async function writeBackup(db: CuratorDatabase, now = Date.now(), onProgress?: BackupProgress): Promise<Blob> {
  const tx = db.transaction(BACKUP_STORES, 'readonly');
  const writer = backupFileWriter(now, onProgress);
  await readBackupBatches(tx, writer.reader);
  await tx.done;
  return writer.file();
}

/** Notes that a backup was handed to the browser's downloads at `at`. */
export async function markBackedUp(db: CuratorDatabase, at = Date.now()): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  await tx.store.put({ key: 'last-backup', at });
  await tx.done;
  notifyChanged();
}

/**
 * When the last backup was made, and how many items were added since (all of them, without one),
 * up to the limit: one more key than the limit is read, never the whole index (its `count()` walks
 * every entry in Chromium).
 */
export async function backupStatus(db: CuratorDatabase): Promise<BackupStatus> {
  const tx = db.transaction(['meta', 'items'], 'readonly');
  const record = await tx.objectStore('meta').get('last-backup');
  const last = record?.key === 'last-backup' ? record : undefined;
  const since = last ? IDBKeyRange.lowerBound(last.at, true) : null;
  const keys = await tx
    .objectStore('items')
    .index('by-added')
    .getAllKeys(since, COUNT_SINCE_BACKUP_LIMIT + 1);
  await tx.done;
  return { lastBackupAt: last?.at ?? null, itemsSince: Math.min(keys.length, COUNT_SINCE_BACKUP_LIMIT), moreSince: keys.length > COUNT_SINCE_BACKUP_LIMIT };
}

/** What restoring `backup` would do to the data as it is now. Writes nothing. */
export async function previewRestore(db: CuratorDatabase, backup: BackupData, mode: RestoreMode, now = Date.now()): Promise<RestorePlan> {
  const tx = db.transaction(BACKUP_STORES, 'readonly');
  const current = await readData(tx);
  const plan = await paceSteps(planRestoreSteps(current, backup, mode, mergeOptions(current, now)), turnIn(tx));
  await tx.done;
  return plan;
}

/**
 * What a plan computed inside a transaction awaits between its steps: one small read, so the
 * page gets its turn while the request is served and the transaction, never left without a
 * request, stays open (awaiting anything else would let it commit).
 */
const turnIn = (tx: Pick<BackupTransaction, 'objectStore'>) => () => tx.objectStore('meta').get('settings');

/** What a merge needs to start a draft the way publishing would: today, the issue weekday, the time. */
const mergeOptions = (current: BackupData, now: number) => ({ now, today: toIsoDate(new Date(now)), weekday: current.settings?.weekday });

/**
 * Restores a backup (already read and checked whole) in ONE transaction: merge (by id, newer
 * `updatedAt` wins; the settings here stay) or replace (the backup's settings too), which first
 * keeps a snapshot of the data and settings it replaces, in the same transaction. On any failure nothing at all changes. The plan is computed here, inside the
 * transaction, from the data as it is at that moment (pure code, in steps with a small read of
 * this transaction between them; no await on anything else).
 */
export async function restoreBackup(
  db: CuratorDatabase,
  backup: BackupData,
  mode: RestoreMode,
  now = Date.now(),
  onProgress?: BackupProgress,
): Promise<RestoreOutcome> {
  const tx = db.transaction([...BACKUP_STORES, 'snapshots'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  let snapshotId: string | null = null;
  try {
    const incoming = backup.issues.length + backup.items.length + backup.clips.length;
    let total = incoming;
    // What a replace replaces is kept as a backup file, written as it is read: a Blob, which the
    // database stores as a file of its own, not as 88,600 records cloned in one request.
    const snapshot = mode === 'replace' ? backupFileWriter(now) : null;
    const current = await readData(tx, {
      start(settings, count) {
        total = count + incoming;
        snapshot?.reader.start(settings, count);
      },
      batch(batch) {
        snapshot?.reader.batch(batch);
        onProgress?.(snapshot ? snapshot.count() : 0, total);
      },
    });
    let done = current.issues.length + current.items.length + current.clips.length;
    onProgress?.(done, total);
    const plan = await paceSteps(planRestoreSteps(current, backup, mode, mergeOptions(current, now)), turnIn(tx));
    const ops: (() => Promise<unknown>)[] = [];
    if (snapshot) {
      const snapshots = tx.objectStore('snapshots');
      const older = await snapshots.index('by-taken').getAllKeys();
      for (const old of older.slice(0, Math.max(0, older.length - (KEEP_SNAPSHOTS - 1)))) ops.push(() => snapshots.delete(old));
      const id = crypto.randomUUID();
      snapshotId = id;
      ops.push(() => snapshots.add({ id, takenAt: now, items: current.items.length, file: snapshot.file() }));
    }
    for (const id of plan.remove.items) ops.push(() => tx.objectStore('items').delete(id));
    for (const id of plan.remove.issues) ops.push(() => tx.objectStore('issues').delete(id));
    for (const key of plan.remove.clips) ops.push(() => tx.objectStore('clips').delete(key));
    for (const issue of plan.put.issues) ops.push(() => tx.objectStore('issues').put(issue));
    for (const item of plan.put.items) ops.push(() => tx.objectStore('items').put(item));
    for (const clip of plan.put.clips) ops.push(() => tx.objectStore('clips').put(clip));
    // Checked again as `saveSettings` does: only valid settings are ever stored, whoever calls.
    const { settings } = plan.put;
    if (settings) ops.push(() => tx.objectStore('meta').put({ key: 'settings', settings: readSettings(settings).settings }));
    // The backup's keys were remade by today's rules (upgradeBackup); the data here already was on open.
    ops.push(() => tx.objectStore('meta').put({ key: 'url-key-version', version: URL_KEY_VERSION }));
    ops.push(() => markArchiveChanged(tx));
    total = done + ops.length;
    // A chunk at a time: the next is issued once the last one succeeded (no other await in
    // between, so the transaction stays active), and the page gets its turn in between.
    for (let first = 0; first < ops.length; first += WRITE_CHUNK) {
      const chunk: Promise<unknown>[] = [];
      for (const op of ops.slice(first, first + WRITE_CHUNK)) {
        const write = op();
        writes.push(write);
        chunk.push(write);
      }
      await Promise.all(chunk);
      done += chunk.length;
      onProgress?.(done, total);
    }
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
  return snapshots.reverse().map((snapshot) => ({ id: snapshot.id, takenAt: snapshot.takenAt, items: snapshotItems(snapshot) }));
}

const snapshotItems = (snapshot: SnapshotRecord) => ('items' in snapshot ? snapshot.items : snapshot.file.data.items.length);

/** One kept snapshot as a backup file, ready to download or restore; undefined when gone. */
export async function loadSnapshot(db: CuratorDatabase, id: string): Promise<Blob | undefined> {
  const snapshot = await db.get('snapshots', id);
  if (!snapshot) return undefined;
  // Snapshots taken before they were Blobs hold the file as one object.
  return snapshot.file instanceof Blob ? snapshot.file : new Blob([JSON.stringify(snapshot.file)], { type: 'application/json' });
}
