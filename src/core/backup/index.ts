/** Backups: the file format, reading a file whole before anything is written, and the restore plan. */

export { BACKUP_STORE_ORDER, type BackupLines, backupLines } from './backup-lines';
export {
  type BackupCounts,
  backupFileName,
  COUNT_SINCE_BACKUP_LIMIT,
  countBackup,
  makeBackup,
  needsBackup,
  REMIND_AFTER_ITEMS,
} from './backup-summary';
export {
  BACKUP_DB_SCHEMA,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupClip,
  type BackupData,
  type BackupFile,
  type BackupFinding,
  type BackupIssue,
  type BackupItem,
  type BackupProblem,
} from './backup-types';
export { type ConflictSubject, mergeData, mergeSteps, type RestoreConflict, type RestoreNote } from './merge-data';
export type { MergeOptions, NumberClash } from './merge-invariants';
export { planRestore, planRestoreSteps, type RestoreMode, type RestorePlan, type SettingsRestore, type StoreChanges } from './plan-restore';
export { type BackupReading, type BackupSettingsProblem, MAX_BACKUP_CHARS, readBackup } from './read-backup';
export { type BackupLineReader, readBackupLines } from './read-backup-lines';
export { BACKUP_UPGRADES } from './upgrade-backup';
