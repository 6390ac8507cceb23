// The plain data search reads: every issue (the draft too) with its items, as storage hands it over.
import type { IssueStatus, ItemRecord } from '../model';

/** The stored item's fields search reads (the position is the sort key inside the issue). */
export type SearchableItem = Pick<ItemRecord, 'id' | 'position' | 'title' | 'url' | 'commentary'>;

export interface SearchableIssue {
  id: string;
  number: number;
  date: string;
  /** `collected`: the pool of links saved for later, searched as if it were an issue (number 0, no date). */
  status: IssueStatus | 'collected';
  headline: string;
  items: SearchableItem[];
}

/** Where a found item lives: enough to show it in a list and link to it. */
export interface ItemRef {
  issueNumber: number;
  date: string;
  status: IssueStatus | 'collected';
  itemId: string;
  /** Its place in the issue as readers see it, from 1. */
  ordinal: number;
}
