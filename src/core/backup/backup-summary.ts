import { toIsoDate } from '../dates';
import { isPooled } from '../model';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupData, type BackupFile } from './backup-types';

/** After this many items no backup holds, the editor reminds the curator to download one. */
export const REMIND_AFTER_ITEMS = 10;
/**
 * Items no backup holds are counted up to this many, then said as "more than": counting every
 * item of a never-backed-up archive of 13,300 issues takes IndexedDB over a second, on every open
 * of the editor, and the exact figure changes nothing the curator does.
 */
export const COUNT_SINCE_BACKUP_LIMIT = 1000;

/** What a backup holds, for the restore preview. */
export interface BackupCounts {
  published: number;
  /** Items in published issues. */
  archivedItems: number;
  /** The draft's number and item count; null when the backup has no draft. */
  draft: { number: number; items: number } | null;
  /** Links collected for later, in no issue yet. */
  pooled: number;
  clips: number;
}

/** Counts of what `data` holds. */
export function countBackup(data: BackupData): BackupCounts {
  const draft = data.issues.find((issue) => issue.status === 'draft');
  const draftItems = draft ? data.items.filter((item) => item.issueId === draft.id).length : 0;
  const pooled = data.items.filter(isPooled).length;
  return {
    published: data.issues.filter((issue) => issue.status === 'published').length,
    archivedItems: data.items.length - draftItems - pooled,
    draft: draft ? { number: draft.number, items: draftItems } : null,
    pooled,
    clips: data.clips.length,
  };
}

/** The backup file for `data`, made at `now`. */
export function makeBackup(data: BackupData, now: number): BackupFile {
  return { format: BACKUP_FORMAT, schemaVersion: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), data };
}

/** `kubelist-curator-backup-2026-05-06.json`: dated in the curator's own calendar. */
export function backupFileName(now: number): string {
  return `kubelist-curator-backup-${toIsoDate(new Date(now))}.json`;
}

/** Whether it is time to remind: enough items that no backup holds. */
export function needsBackup(itemsSinceBackup: number): boolean {
  return itemsSinceBackup >= REMIND_AFTER_ITEMS;
}
