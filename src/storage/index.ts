export { archivedIssues } from './archive-numbers';
export { type ArchiveCounts, type ArchivePage, archiveEnds, archiveNeighbours, archivePage, countArchive, type PageAt, yearStart } from './archive-pages';
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
export { loadArchiveStats } from './archive-stats-cache';
export type { RebuildOptions, StatsProgress } from './archive-stats-rebuild';
export { ARCHIVE_BATCH, type ArchiveBatch, type ArchiveBatchStart, publishedCount, readArchiveBatch } from './archive-stream';
export { archivedIssueRef, archiveTip } from './archive-tip';
export { BACKUP_BATCH, type BackupProgress } from './backup-batches';
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
  writeBackup,
} from './backup-repository';
export { type ChangeCause, onChanged, onOwnChange } from './change-feed';
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
export { editPublishedIssue, type PublishedEdit } from './edit-published';
export { loadEmojiHistory, saveEmojiHistory } from './emoji-history';
export { explainStorageError, isQuotaError, StorageError, type StorageProblem } from './errors';
export { type FeaturedMatch, findFeatured } from './featured';
export { newestIssues } from './newest-issues';
export { type CuratorDatabase, NewerDataError, openCuratorDb } from './open-db';
export { type Persistence, requestPersistence } from './persistence';
export {
  addPooledToDraft,
  countPool,
  discardPooled,
  listPool,
  POOL_PAGE,
  type PoolCursor,
  type PoolPage,
  type PoolQuery,
  poolOlderThan,
  restorePooled,
  returnItemToPool,
  saveForLater,
} from './pool-repository';
export { type PublishRefusal, type PublishResult, publishDraft } from './publish';
export { RECENT_ISSUES, recentIssues } from './recent-issues';
export type { BackgroundSyncOutcome, IssueRecord, ItemRecord, KeptConflict } from './schema';
export { loadSettings, type SectionRename, saveSettings } from './settings-repository';
export {
  applySyncState,
  dismissConflicts,
  KEEP_CONFLICTS,
  keepSyncConflicts,
  keptConflicts,
  lastBackgroundSync,
  lastSync,
  loadSyncSettings,
  type SyncSettings,
  saveBackgroundSync,
  saveLastSync,
  saveSyncSettings,
  takeBackConflict,
} from './sync-local';
export { type KnownIssueFile, readSyncSide, readSyncState, rememberSyncSide, type SyncSide } from './sync-side';
