import type { ClipRecord, IssueRecord, ItemRecord, Settings } from '../model';
import type { Got } from '../model/value-kind';
import type { RecordProblem } from './record-checks';

/**
 * The backup file: every record the curator made, and the settings, as plain JSON. Its
 * `schemaVersion` is the version of this format, so a file from any earlier version can be
 * upgraded step by step (see `upgrade-backup.ts`), like the database itself. Versions 1 to 4
 * were the database's schema versions; 5 added the settings, which the database already held; 6
 * the pool of collected links (items of `POOL_ISSUE_ID`, in no issue), which an extension reading
 * only up to 5 would refuse as items of an unknown issue: it says "made by a newer version" instead.
 */
export const BACKUP_FORMAT = 'kubelist-curator-backup';
/** The version backups are written in. */
export const BACKUP_VERSION = 6;
/**
 * The database schema whose records this format holds; the storage tests keep it equal to
 * DB_VERSION. Schema 6 only indexed the items by section: its records are 5's, and so is this format.
 */
export const BACKUP_DB_SCHEMA = 6;

/** A backup holds each record as the model declares it and the database stores it. */
export type { ClipRecord as BackupClip, IssueRecord as BackupIssue, ItemRecord as BackupItem } from '../model';

/** Everything a backup holds. */
export interface BackupData {
  issues: IssueRecord[];
  items: ItemRecord[];
  clips: ClipRecord[];
  /** The curator's settings, checked field by field; null in a backup made before they were backed up. */
  settings: Settings | null;
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  /** When the backup was made, ISO 8601 in UTC. */
  exportedAt: string;
  data: BackupData;
}

/** What the backup reader found wrong, as a code and the values its sentence needs; the Backup section words it. */
export type BackupFinding =
  | { code: 'tooLarge' }
  | { code: 'notJson'; detail: string }
  | { code: 'notBackup'; found: Got }
  | { code: 'wrongFormat' }
  | { code: 'badSchemaVersion'; found: Got }
  | { code: 'newerSchema'; version: number; readsUpTo: number }
  | { code: 'noUpgrade'; version: number }
  | { code: 'badExportedAt' }
  | { code: 'notInBackup' }
  | { code: 'missing' }
  | { code: 'notList'; found: Got }
  | { code: 'notObject'; found: Got }
  | { code: 'unsafeKey'; key: string }
  | { code: 'tooDeep'; max: number }
  | { code: 'sameId'; first: string }
  | { code: 'secondDraft'; first: string }
  | { code: 'sameNumber'; first: string }
  | { code: 'unknownIssue'; issueId: string }
  | { code: 'samePage'; first: string }
  | { code: 'moreProblems'; count: number };

/**
 * Something wrong with a file, and where: a JSON path such as `$.data.items[3].url`. A record's
 * own check names its store, place and field as well (`RecordProblem`).
 */
export type BackupProblem = ({ path: string } & BackupFinding) | RecordProblem;
