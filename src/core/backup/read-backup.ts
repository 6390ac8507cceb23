import { errorMessage } from '../error-message';
import { type BackupReading, createBackupCheck, isObject, refuse } from './backup-check';
import { BACKUP_STORE_ORDER } from './backup-lines';

export type { BackupReading, BackupSettingsProblem } from './backup-check';

/** A backup of ten years of issues is a few megabytes; anything this large is not one. */
export const MAX_BACKUP_CHARS = 64 * 1024 * 1024;

/**
 * Reads a backup file WHOLE before anything may be written: JSON, shape, types, safe URLs, no
 * prototype keys, ids that agree with each other, a version this extension knows. Either every
 * problem with its JSON path, or the data upgraded to the current schema. Any backup, in any
 * layout; `readBackupLines` reads the layout this extension writes a line at a time.
 */
export function readBackup(text: string): BackupReading {
  if (text.length > MAX_BACKUP_CHARS) return refuse([{ path: '$', code: 'tooLarge' }]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return refuse([{ path: '$', code: 'notJson', detail: errorMessage(error) }]);
  }
  const check = createBackupCheck();
  check.scan(raw);
  const version = check.envelope(raw);
  if (typeof version !== 'number') return version;
  const envelope = raw as Record<string, unknown>;
  const data = envelope.data;
  if (!isObject(data)) return check.noData(Object.hasOwn(envelope, 'data'), data);
  check.dataKeys(data);
  for (const store of BACKUP_STORE_ORDER) {
    if (store === 'clips' && version < 3) continue;
    const list = data[store];
    if (Array.isArray(list)) {
      check.list(store);
      for (const [index, record] of list.entries()) check.record(store, index, record);
    } else if (Object.hasOwn(data, store)) check.notList(store, list);
  }
  check.settings(Object.hasOwn(data, 'settings'), data.settings);
  return check.finish();
}
