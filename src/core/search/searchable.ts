// The plain data search reads: every issue (the draft too) with its items, as storage hands it over.

export interface SearchableItem {
  id: string;
  /** Sort key inside the issue, as stored. */
  position: number;
  title: string;
  url: string;
  commentary: string;
}

export interface SearchableIssue {
  id: string;
  number: number;
  date: string;
  status: 'draft' | 'published';
  headline: string;
  items: SearchableItem[];
}

/** Where a found item lives: enough to show it in a list and link to it. */
export interface ItemRef {
  issueNumber: number;
  date: string;
  status: 'draft' | 'published';
  itemId: string;
  /** Its place in the issue as readers see it, from 1. */
  ordinal: number;
}
