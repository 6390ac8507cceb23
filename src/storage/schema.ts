import type { DBSchema } from 'idb';

export const DB_NAME = 'kubelist-curator';
/** Bump with a new step in `migrations.ts`; never edit a step that has shipped. */
export const DB_VERSION = 3;

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
    indexes: { 'by-issue': string; 'by-url-key': string };
  };
}
