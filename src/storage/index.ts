export { archivedIssues } from './archive-numbers';
export {
  type ArchivedIssueRecords,
  type ArchiveSummary,
  archiveIndex,
  getIssueWithItems,
  type ImportOptions,
  type ImportOutcome,
  type ImportProgress,
  importIssues,
  listArchive,
  loadArchiveIssues,
} from './archive-repository';
export { ARCHIVE_BATCH, type ArchiveBatch, type ArchiveBatchStart, publishedCount, readArchiveBatch } from './archive-stream';
export {
  type BackupStatus,
  backupStatus,
  exportBackup,
  listSnapshots,
  loadSnapshot,
  markBackedUp,
  previewRestore,
  type RestoreOutcome,
  restoreBackup,
  type SnapshotSummary,
} from './backup-repository';
export { recentBlurbs } from './blurb-history';
export { onChanged, onOwnChange } from './change-feed';
export { type ClipDraft, discardClipDraft, loadClipDraft, saveClipDraft } from './clip-drafts';
export { type Connection, type ConnectionEvents, createConnection } from './connection';
export {
  addItem,
  type Draft,
  deleteItem,
  draftItemCount,
  draftToIssue,
  type IssueFields,
  type ItemFields,
  loadDraft,
  moveItem,
  updateDraft,
  updateItem,
} from './draft-repository';
export { explainStorageError, isQuotaError, StorageError, type StorageProblem } from './errors';
export { type FeaturedMatch, findFeatured } from './featured';
export { type CuratorDatabase, NewerDataError, openCuratorDb } from './open-db';
export { type Persistence, requestPersistence } from './persistence';
export { type PublishRefusal, type PublishResult, publishDraft } from './publish';
export type { IssueRecord, ItemRecord } from './schema';
export { loadSearchSource } from './search-source';
export { loadSettings, saveSettings } from './settings-repository';
