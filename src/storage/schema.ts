import type { DBSchema } from 'idb';

export const DB_NAME = 'kubelist-curator';
/** Bump with a new step in `migrations.ts`; never edit a step that has shipped. */
export const DB_VERSION = 1;

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
  commentary: string;
  addedAt: number;
  updatedAt: number;
}

export interface CuratorDb extends DBSchema {
  issues: {
    key: string;
    value: IssueRecord;
    indexes: { 'by-status': IssueStatus; 'by-number': number };
  };
  items: {
    key: string;
    value: ItemRecord;
    indexes: { 'by-issue': string };
  };
}
