import type { Settings } from '../model';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-types';
import type { RecordStore } from './record-checks';

/**
 * The layout backups are written in: plain JSON without indentation, one record per line, so the
 * file can be written and read a batch of lines at a time (`readBackupLines`) and still restores
 * through any JSON reader, this extension's older ones included:
 *
 *     {"format":"kubelist-curator-backup","schemaVersion":5,"exportedAt":"…","data":{
 *     "settings":{…},
 *     "issues":[
 *     {…},
 *     {…}
 *     ],
 *     "items":[
 *     ],
 *     "clips":[
 *     {…}
 *     ]}}
 *
 * `JSON.stringify` escapes every line break a text may hold (U+2028 and U+2029 are not line
 * breaks to the reader, which splits on `\n` alone), so a record never spans two lines.
 */
export const BACKUP_STORE_ORDER: readonly RecordStore[] = ['issues', 'items', 'clips'];

/** The writer's state: which store's list is open, and whether it holds a record yet. */
export interface BackupLines {
  /** The envelope and the settings: the file's first two lines. */
  opening(): string;
  /** Closes the list before (if any) and opens `store`'s; call once per store, in `BACKUP_STORE_ORDER`. */
  store(store: RecordStore): string;
  /** `records` as lines of the open list. */
  records(records: readonly object[]): string;
  /** Closes the last list and the file. */
  closing(): string;
}

/** A writer of one backup file made at `now`, holding `settings`. */
export function backupLines(now: number, settings: Settings | null): BackupLines {
  let open = false;
  let empty = true;
  return {
    opening() {
      const head = JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: BACKUP_VERSION, exportedAt: new Date(now).toISOString() });
      return `${head.slice(0, -1)},"data":{\n"settings":${JSON.stringify(settings)},\n`;
    },
    store(store) {
      const text = `${open ? '\n],\n' : ''}${JSON.stringify(store)}:[`;
      open = true;
      empty = true;
      return text;
    },
    records(records) {
      let text = '';
      for (const record of records) {
        text += `${empty ? '\n' : ',\n'}${JSON.stringify(record)}`;
        empty = false;
      }
      return text;
    },
    closing: () => '\n]}}\n',
  };
}
