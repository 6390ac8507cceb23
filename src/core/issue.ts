import type { ItemRecord } from './model';

/**
 * One link as the published issue shows it: the model's item, less what stays with the curator.
 * `section` only when it has one (Kubelist's format has none, so parsed issues never do).
 */
export type IssueItem = Pick<ItemRecord, 'title' | 'url' | 'commentary'> & Partial<Pick<ItemRecord, 'section'>>;

/** The content of one newsletter issue, independent of where it is stored. */
export interface Issue {
  number: number;
  /** `YYYY-MM-DD`. */
  date: string;
  headline: string;
  /** HTML-flavoured text, possibly several lines. */
  intro: string;
  items: IssueItem[];
}
