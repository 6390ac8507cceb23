import { BACKUP_STORE_ORDER, type BackupData, backupLines } from '../core/backup';
import { readSettings, type Settings } from '../core/model';
import type { ClipRecord, IssueRecord, ItemRecord, MetaRecord } from './schema';

/** Records per request when a backup or a restore reads a whole store: each request's work stays small. */
export const BACKUP_BATCH = 500;

/** Told how many of `total` records are done, after each batch. */
export type BackupProgress = (done: number, total: number) => void;

type Store<T> = {
  keyPath: string | string[] | null;
  count(): Promise<number>;
  getAll(query?: IDBKeyRange | null, count?: number): Promise<T[]>;
};

/** The stores a backup reads, in the caller's transaction (readonly or not). */
export interface BackupTransaction {
  objectStore(name: 'issues'): Store<IssueRecord>;
  objectStore(name: 'items'): Store<ItemRecord>;
  objectStore(name: 'clips'): Store<ClipRecord>;
  objectStore(name: 'meta'): { get(key: 'settings'): Promise<MetaRecord | undefined> };
}

type Batch = { [S in (typeof BACKUP_STORE_ORDER)[number]]: { store: S; records: BackupData[S] } }[(typeof BACKUP_STORE_ORDER)[number]];

/** What `readBackupBatches` hands over: the settings and the total first, then each batch in store order. */
export interface BatchReader {
  start(settings: Settings, total: number): void;
  batch(batch: Batch): void;
}

/**
 * Everything a backup holds, read in key order `size` records per request (key ranges), in the
 * caller's transaction. Each batch is handed to `reader` before the next is asked for, with no
 * other await in between, so the transaction stays active, its data stays one consistent moment,
 * and the page gets its turn between requests instead of one long task for the whole store.
 */
export async function readBackupBatches(tx: BackupTransaction, reader: BatchReader, size = BACKUP_BATCH): Promise<void> {
  const [meta, ...counts] = await Promise.all([
    tx.objectStore('meta').get('settings'),
    ...BACKUP_STORE_ORDER.map((name) => tx.objectStore(name as 'issues').count()),
  ]);
  reader.start(
    readSettings(meta?.key === 'settings' ? meta.settings : undefined).settings,
    counts.reduce((sum, n) => sum + n, 0),
  );
  for (const name of BACKUP_STORE_ORDER) {
    const store = tx.objectStore(name as 'issues') as Store<BackupData[typeof name][number]>;
    const keyPath = store.keyPath as string;
    let after: IDBKeyRange | null = null;
    for (;;) {
      const records = await store.getAll(after, size);
      reader.batch({ store: name, records } as Batch);
      if (records.length < size) break;
      after = IDBKeyRange.lowerBound((records.at(-1) as unknown as Record<string, IDBValidKey>)[keyPath]!, true);
    }
  }
}

/**
 * A reader that writes the backup file as the batches come: each batch's lines become a Blob of
 * their own at once, so the file's text is never one string (the browser may keep Blobs off the
 * page's heap). `file()` is the finished file once the reading is done.
 */
export function backupFileWriter(now: number, onProgress?: BackupProgress) {
  const parts: Blob[] = [];
  let lines = backupLines(now, null);
  let store = '';
  let done = 0;
  let total = 0;
  const reader: BatchReader = {
    start(settings, count) {
      lines = backupLines(now, settings);
      total = count;
      parts.push(new Blob([lines.opening()]));
    },
    batch(batch) {
      const opening = batch.store === store ? '' : lines.store(batch.store);
      store = batch.store;
      parts.push(new Blob([opening + lines.records(batch.records)]));
      done += batch.records.length;
      onProgress?.(done, total);
    },
  };
  return {
    reader,
    /** Records written so far. */
    count: () => done,
    file: () => new Blob([...parts, lines.closing()], { type: 'application/json' }),
  };
}
