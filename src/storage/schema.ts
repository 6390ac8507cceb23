import type { DBSchema } from 'idb';
import type { BackupFile } from '../core/backup';

export const DB_NAME = 'kubelist-curator';
/** Bump with a new step in `migrations.ts`; never edit a step that has shipped. */
export const DB_VERSION = 4;

export type IssueStatus = 'draft' | 'published';

/** An issue's own fields; its items are records of their own in `items`. */
export interface IssueRecord {
  id: string;
  status: IssueStatus;
  number: number;
  date: string;
  headline: string;
  intro: string;
  createdAt: number;
  updatedAt: number;
}

/** One clipped link. Stored apart from its issue so two pages editing different items never clash. */
export interface ItemRecord {
  id: string;
  issueId: string;
  /** Sort key inside the issue; rewritten densely (0, 1, 2...) on every reorder. */
  position: number;
  title: string;
  url: string;
  /** `urlKey(url)`: the normalized address "already featured" looks up (schema v2). */
  urlKey: string;
  commentary: string;
  addedAt: number;
  updatedAt: number;
}

/**
 * A blurb being written in the popup for a page not yet added, saved as it is typed (schema v3):
 * the popup closes on any click elsewhere, and the text must be there when it opens again.
 */
export interface ClipRecord {
  /** `urlKey` of the page the popup was opened on. */
  urlKey: string;
  title: string;
  url: string;
  commentary: string;
  updatedAt: number;
}

/** Small facts about the data itself (schema v4): when the last backup was downloaded, the settings, the URL key version. */
export type MetaRecord =
  | { key: 'last-backup'; at: number }
  /** The curator's settings, stored as written; read through `readSettings`, which validates. */
  | { key: 'settings'; settings: unknown }
  /** The URL_KEY_VERSION of the rules every stored `urlKey` was made with (see `url-keys.ts`). */
  | { key: 'url-key-version'; version: number };

/**
 * A copy of everything, taken inside the transaction of a restore that replaced it (schema v4),
 * so "Replace" can be undone by restoring the snapshot. Only the latest few are kept.
 */
export interface SnapshotRecord {
  id: string;
  takenAt: number;
  /** A complete backup file of the data as it was; restorable like any other. */
  file: BackupFile;
}

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
    indexes: { 'by-issue': string; 'by-url-key': string; 'by-added': number };
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
