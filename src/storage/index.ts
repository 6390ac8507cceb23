export { NewerDataError, openCuratorDb, type CuratorDatabase } from './open-db';
export {
  addItem,
  deleteItem,
  draftItemCount,
  draftToIssue,
  loadDraft,
  moveItem,
  updateDraft,
  updateItem,
  type Draft,
  type IssueFields,
  type ItemFields,
} from './draft-repository';
export { onChanged, onOwnChange } from './change-feed';
export type { IssueRecord, ItemRecord } from './schema';
export { findFeatured, type FeaturedMatch } from './featured';
export {
  archiveIndex,
  getIssueWithItems,
  importIssues,
  listArchive,
  loadArchiveIssues,
  type ArchiveSummary,
  type ArchivedIssueRecords,
  type ImportOutcome,
  type ImportOptions,
} from './archive-repository';
export { discardClipDraft, loadClipDraft, saveClipDraft, type ClipDraft } from './clip-drafts';
export { publishDraft, type PublishResult } from './publish';
export { loadSearchSource } from './search-source';
export { recentBlurbs } from './blurb-history';
export { createConnection, type Connection, type ConnectionEvents } from './connection';
export { explainStorageError, isQuotaError, StorageError, type StorageProblem } from './errors';
export { requestPersistence, type Persistence } from './persistence';
export {
  backupStatus,
  exportBackup,
  listSnapshots,
  loadSnapshot,
  markBackedUp,
  previewRestore,
  restoreBackup,
  type BackupStatus,
  type RestoreOutcome,
  type SnapshotSummary,
} from './backup-repository';
export { loadSettings, saveSettings } from './settings-repository';
