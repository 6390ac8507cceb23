/** One link in an issue: what the curator clipped and what they wrote about it. */
export interface IssueItem {
  title: string;
  url: string;
  /** The blurb, emoji included; may span several lines. */
  commentary: string;
}

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
