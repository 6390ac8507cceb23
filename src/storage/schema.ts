import type { DBSchema } from 'idb';
import type { StatsAggregate } from '../core/archive-stats';
import type { BackupFile } from '../core/backup';
import type { HistoryIndex } from '../core/emoji-suggest';
import type { ClipRecord, IssueRecord, IssueStatus, ItemRecord } from '../core/model';
import type { SyncConflict } from '../core/sync';
import type { SyncFailure } from '../sync/sync-failure';

export const DB_NAME = 'kubelist-curator';
/** Bump with a new step in `migrations.ts`; never edit a step that has shipped. */
export const DB_VERSION = 6;

/**
 * The records are the model's (`src/core/model`), stored as they are: `issues`, `items` and
 * `clips` hold exactly the model's fields, so a field added there is stored with no edit here.
 */
export type { ClipRecord, IssueRecord, IssueStatus, ItemRecord } from '../core/model';

/** Small facts about the data itself (schema v4): when the last backup was downloaded, the settings, the URL key version. */
/** A transaction that can write the meta store, as the marks that put a kept result out of date need. */
export type MetaWriter = { objectStore(name: 'meta'): { put(record: MetaRecord): Promise<unknown> } };

export type MetaRecord =
  | { key: 'last-backup'; at: number }
  /** The curator's settings, stored as written; read through `readSettings`, which validates. */
  | { key: 'settings'; settings: unknown }
  /** The URL_KEY_VERSION of the rules every stored `urlKey` was made with (see `url-keys.ts`). */
  | { key: 'url-key-version'; version: number }
  /**
   * The archive's statistics as running tallies (`archive-stats-cache.ts`), made by rules
   * `version` and URL keys `urlKeyVersion`; or a mark that they must be worked out again.
   */
  | { key: 'archive-stats'; state: 'current'; version: number; urlKeyVersion: number; aggregate: StatsAggregate }
  | { key: 'archive-stats'; state: 'stale'; token: string }
  /**
   * The curator's emoji habits worked out from the recent blurbs (`emoji-history.ts`), by rules
   * `version`; or a mark that the published issues changed since.
   */
  | { key: 'emoji-history'; state: 'current'; version: number; index: HistoryIndex }
  | { key: 'emoji-history'; state: 'stale'; token: string }
  /**
   * Sync through a git repository (`sync-local.ts`): where it is and how to reach it, personal to
   * this browser and never in a backup (the token least of all); and the last completed sync.
   */
  | { key: 'sync-settings'; url: string; branch: string; token: string; curatorName: string }
  | { key: 'sync-state'; commit: string; syncedAt: number }
  /** The last sync the service worker ran on its timer, and how it ended (`sync-local.ts`). */
  | { key: 'background-sync'; at: number; outcome: BackgroundSyncOutcome }
  /** What syncs set aside when both sides changed one thing, newest first and bounded (`sync-local.ts`); never in a backup. */
  | { key: 'sync-conflicts'; conflicts: KeptConflict[] }
  /** The issue files' blob ids the last sync worked out (`sync-issue-ids.ts`): a cache, never in a backup. */
  | { key: 'sync-issue-files'; files: RememberedIssueFile[] };

/** One issue file's blob id and path, under the digest of what the file is made from (`issueFileInputs`). */
export interface RememberedIssueFile {
  digest: string;
  path: string;
  id: string;
}

/**
 * A value a sync set aside, kept until the curator takes it back or dismisses it. A draft's
 * conflict names the draft that went on (the one the field was merged into), not a draft the
 * merge left behind.
 */
export interface KeptConflict {
  id: string;
  /** When the sync that set it aside wrote its merge. */
  at: number;
  conflict: SyncConflict;
}

/** How a sync in the background ended, kept for the Sync settings' status line. */
export type BackgroundSyncOutcome =
  /** `renamed`: issue files moved to the file-name pattern's names (absent in records kept before it was). */
  | { code: 'synced'; pushed: boolean; renamed?: number }
  | { code: 'publishedElsewhere'; number: number }
  | { code: 'stillMoving' }
  | { code: 'failed'; failure: SyncFailure };

/**
 * A copy of everything, taken inside the transaction of a restore that replaced it (schema v4),
 * so "Replace" can be undone by restoring the snapshot. Only the latest few are kept.
 */
export type SnapshotRecord =
  | {
      id: string;
      takenAt: number;
      /** How many items it holds, for the list, which must not read the file. */
      items: number;
      /**
       * A complete backup file of the data as it was, restorable like any other: a Blob, written
       * batch by batch as the restore read the data, which the database keeps as a file.
       */
      file: Blob;
    }
  /** As snapshots were kept before they were Blobs: the file as one object. */
  | { id: string; takenAt: number; file: BackupFile };

export interface CuratorDb extends DBSchema {
  clips: {
    key: string;
    value: ClipRecord;
    indexes: { 'by-updated': number };
  };
  issues: {
    key: string;
    value: IssueRecord;
    indexes: { 'by-status': IssueStatus; 'by-number': number };
  };
  items: {
    key: string;
    value: ItemRecord;
    indexes: { 'by-issue': string; 'by-url-key': string; 'by-added': number; 'by-issue-added': [string, number]; 'by-section': string };
  };
  meta: {
    key: MetaRecord['key'];
    value: MetaRecord;
  };
  snapshots: {
    key: string;
    value: SnapshotRecord;
    indexes: { 'by-taken': number };
  };
}
