/** Backups: the file format, reading a file whole before anything is written, and the restore plan. */
export {
  BACKUP_FORMAT,
  BACKUP_DB_SCHEMA,
  BACKUP_VERSION,
  type BackupClip,
  type BackupData,
  type BackupFile,
  type BackupIssue,
  type BackupItem,
  type BackupProblem,
} from './backup-types';
export { backupFileName, countBackup, makeBackup, needsBackup, REMIND_AFTER_ITEMS, type BackupCounts } from './backup-summary';
export type { RestoreConflict } from './merge-data';
export { planRestore, type RestoreMode, type RestorePlan, type SettingsRestore, type StoreChanges } from './plan-restore';
export { MAX_BACKUP_CHARS, readBackup, type BackupReading } from './read-backup';
export { BACKUP_UPGRADES } from './upgrade-backup';
export { describeCounts, describeLastBackup, describePlan, describeSettingsRestore, formatWhen } from './describe-backup';
