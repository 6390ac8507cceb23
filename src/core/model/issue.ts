import { issueDate, issueId, issueNumber, status, text, time } from './checks';
import { buildRecord, type ContentInput, type ContentOf, contentField, keyField, placeField, type RecordOf, sameRecord, stampField } from './field';

export type IssueStatus = 'draft' | 'published';

/** An issue's own fields, declared once; its items are records of their own. */
export const ISSUE_FIELDS = {
  id: keyField<string>(issueId),
  status: placeField<IssueStatus>(status),
  number: contentField<number>(issueNumber),
  /** `YYYY-MM-DD`; the draft's may be empty while the curator edits it. */
  date: contentField<string>(issueDate),
  headline: contentField<string>(text),
  /** HTML-flavoured text, possibly several lines. */
  intro: contentField<string>(text),
  createdAt: stampField<number>(time),
  updatedAt: stampField<number>(time),
  /** When a published issue was last reopened and changed; 0 when it never was (and in records from before it existed). */
  editedAt: stampField<number>(time, 0),
} as const;

/** An issue (the draft or a published one), as stored and backed up. */
export type IssueRecord = RecordOf<typeof ISSUE_FIELDS>;
/** What the curator writes of an issue. */
export type IssueContent = ContentOf<typeof ISSUE_FIELDS>;
export type NewIssueContent = ContentInput<typeof ISSUE_FIELDS>;

/** The same status, number, date and words (ids and times aside). */
export const sameIssue = sameRecord(ISSUE_FIELDS);

/** A new issue, created and updated at `now`. */
export function newIssue(init: NewIssueContent & { id: string; status: IssueStatus; now: number }): IssueRecord {
  const { now, ...values } = init;
  return buildRecord(ISSUE_FIELDS, { ...values, createdAt: now, updatedAt: now });
}

/** A new draft with nothing written yet, at the number and date given. */
export const newDraftIssue = (id: string, place: { number: number; date: string }, now: number): IssueRecord =>
  newIssue({ id, status: 'draft', number: place.number, date: place.date, headline: '', intro: '', now });
