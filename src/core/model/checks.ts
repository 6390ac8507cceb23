/*
 * What each kind of field may hold, one check per kind. The model's tables name these; the
 * backup reader reports what they say. Numbers, dates, times and addresses are judged by
 * `issue-rules.ts`, so the editor, import, storage and restore agree on them.
 */
import { jsonKind } from '../backup/json-path';
import { isDraftDate, isIssueNumber, isSaneTimestamp, MAX_ISSUE_NUMBER, MIN_ISSUE_NUMBER, storedUrlProblem } from '../issue-rules';

/** What is wrong with one field's value, or null when it is fine. */
export type Check = (value: unknown) => string | null;

/** Longer than any title or blurb; the whole archive's text is a few megabytes. */
const MAX_TEXT = 1_000_000;
const MAX_ID = 200;

export const text: Check = (value) => {
  if (typeof value !== 'string') return `should be text, not ${jsonKind(value)}`;
  return value.length > MAX_TEXT ? `is longer than ${MAX_TEXT} characters` : null;
};
export const id: Check = (value) => {
  if (typeof value !== 'string' || value === '') return `should be a non-empty text id, not ${jsonKind(value)}`;
  return value.length > MAX_ID ? `is longer than ${MAX_ID} characters` : null;
};
export const wholeNumber =
  (min: number, max: number): Check =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? null
      : `should be a whole number from ${min} to ${max}, not ${typeof value === 'number' ? value : jsonKind(value)}`;
export const issueNumber: Check = (value) =>
  isIssueNumber(value)
    ? null
    : `should be a whole number from ${MIN_ISSUE_NUMBER} to ${MAX_ISSUE_NUMBER}, not ${typeof value === 'number' ? value : jsonKind(value)}`;
/** Milliseconds since 1970, as Date.now() gives; a far-future time would win every merge. */
export const time: Check = (value) =>
  isSaneTimestamp(value) ? null : `should be a time in milliseconds up to the year 3000, not ${typeof value === 'number' ? value : jsonKind(value)}`;
export const status: Check = (value) => (value === 'draft' || value === 'published' ? null : 'should be "draft" or "published"');
/** Empty only in the draft: `publishedDateProblem` checks the published issues' dates. */
export const issueDate: Check = (value) => (isDraftDate(value) ? null : 'should be a date written YYYY-MM-DD, from 1970 to 2999');

/**
 * Links end up as `href`s in the preview and the exported issue: only http(s) is safe there, and
 * `//host/…` leads to another host too. An empty or half-typed address (no scheme at all) is a
 * draft being written, and is kept.
 */
export const safeUrl: Check = (value) => {
  const problem = text(value);
  if (problem) return problem;
  const unsafe = storedUrlProblem(value as string);
  if (!unsafe) return null;
  return unsafe.code === 'scheme'
    ? `uses the ${unsafe.scheme}: scheme; only http: and https: links are allowed`
    : 'starts with // and so links to another host; only http: and https: links are allowed';
};
