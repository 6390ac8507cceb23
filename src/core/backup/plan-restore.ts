import type { BackupClip, BackupData, BackupIssue, BackupItem } from './backup-types';
import { mergeData, type RestoreConflict } from './merge-data';

/** Merge keeps what is here and adds the backup's; replace makes the data exactly the backup's. */
export type RestoreMode = 'merge' | 'replace';

export interface StoreChanges {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
}

export interface RestorePlan {
  mode: RestoreMode;
  /** Records to write whole: new ones and changed ones. */
  put: BackupData;
  /** Keys of records to delete. */
  remove: { issues: string[]; items: string[]; clips: string[] };
  changes: { issues: StoreChanges; items: StoreChanges; clips: StoreChanges };
  conflicts: RestoreConflict[];
  notes: string[];
}

/** Whether two records are equal field by field (plain records of strings and numbers). */
function equal(a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => left[key] === right[key]);
}

/** What turning `before` into `after` writes and deletes in one store, and the counts. */
function diff<T extends object>(before: readonly T[], after: readonly T[], key: (record: T) => string) {
  const old = new Map(before.map((record) => [key(record), record]));
  const changes: StoreChanges = { added: 0, updated: 0, removed: 0, unchanged: 0 };
  const put: T[] = [];
  const kept = new Set<string>();
  for (const record of after) {
    const id = key(record);
    kept.add(id);
    const previous = old.get(id);
    if (!previous) changes.added++;
    else if (equal(previous, record)) {
      changes.unchanged++;
      continue;
    } else changes.updated++;
    put.push(record);
  }
  const remove = [...old.keys()].filter((id) => !kept.has(id));
  changes.removed = remove.length;
  return { put, remove, changes };
}

/**
 * What a restore will do to the data here: the writes, the deletions, counts for the preview,
 * and the conflicts a merge settled. The same plan is computed again inside the restore's own
 * transaction, so what is written always matches the data at that moment.
 */
export function planRestore(current: BackupData, backup: BackupData, mode: RestoreMode): RestorePlan {
  const merged = mode === 'replace' ? { data: backup, conflicts: [], notes: [] } : mergeData(current, backup);
  const issues = diff<BackupIssue>(current.issues, merged.data.issues, (issue) => issue.id);
  const items = diff<BackupItem>(current.items, merged.data.items, (item) => item.id);
  const clips = diff<BackupClip>(current.clips, merged.data.clips, (clip) => clip.urlKey);
  return {
    mode,
    put: { issues: issues.put, items: items.put, clips: clips.put },
    remove: { issues: issues.remove, items: items.remove, clips: clips.remove },
    changes: { issues: issues.changes, items: items.changes, clips: clips.changes },
    conflicts: merged.conflicts,
    notes: merged.notes,
  };
}
