/*
 * What each kind of field may hold, one check per kind. The model's tables name these; the
 * backup reader, import and storage report what they say, as codes the text layer words
 * (src/text/record-problems.ts). Numbers, dates, times and addresses are judged by
 * `issue-rules.ts`, so the editor, import, storage and restore agree on them.
 */
import type { FileNamePatternProblem } from '../file-name-pattern';
import { isDraftDate, isIssueNumber, isSaneTimestamp, MAX_ISSUE_NUMBER, MIN_ISSUE_NUMBER, storedUrlProblem } from '../issue-rules';
import { POOL_ISSUE_ID } from './pool';
import { type Got, got, kindOf } from './value-kind';

/** What is wrong with one field's value. */
export type CheckProblem =
  | { code: 'notText'; got: Got }
  | { code: 'tooLong'; max: number }
  | { code: 'notId'; got: Got }
  | { code: 'reservedId' }
  | { code: 'notWholeNumber'; min: number; max: number; got: Got }
  | { code: 'notTime'; got: Got }
  | { code: 'notStatus' }
  | { code: 'notIssueDate' }
  | { code: 'unsafeScheme'; scheme: string }
  | { code: 'otherHost' }
  | { code: 'blank' }
  | { code: 'notHttpAddress' }
  | { code: 'notRuleList'; got: Got }
  | { code: 'notTemplateList'; got: Got }
  | { code: 'notSectionList'; got: Got }
  | { code: 'sectionNameTwice'; name: string }
  | { code: 'badSectionLimit'; name: string; max: number }
  | { code: 'notChoice'; choices: readonly string[] }
  | { code: 'badFileNamePattern'; why: FileNamePatternProblem };

/** What is wrong with one field's value, or null when it is fine. */
export type Check = (value: unknown) => CheckProblem | null;

/** Longer than any title or blurb; the whole archive's text is a few megabytes. */
const MAX_TEXT = 1_000_000;
const MAX_ID = 200;

export const text: Check = (value) => {
  if (typeof value !== 'string') return { code: 'notText', got: kindOf(value) };
  return value.length > MAX_TEXT ? { code: 'tooLong', max: MAX_TEXT } : null;
};
export const id: Check = (value) => {
  if (typeof value !== 'string' || value === '') return { code: 'notId', got: kindOf(value) };
  return value.length > MAX_ID ? { code: 'tooLong', max: MAX_ID } : null;
};
/** One of `choices`, as a setting that picks between a few ways offers them. */
export const oneOf =
  (choices: readonly string[]): Check =>
  (value) =>
    typeof value === 'string' && choices.includes(value) ? null : { code: 'notChoice', choices };
/** An issue's own id: never the pool's, which would make the pool an issue. */
export const issueId: Check = (value) => (value === POOL_ISSUE_ID ? { code: 'reservedId' } : id(value));
export const wholeNumber =
  (min: number, max: number): Check =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? null : { code: 'notWholeNumber', min, max, got: got(value) };
export const issueNumber: Check = (value) =>
  isIssueNumber(value) ? null : { code: 'notWholeNumber', min: MIN_ISSUE_NUMBER, max: MAX_ISSUE_NUMBER, got: got(value) };
/** Milliseconds since 1970, as Date.now() gives; a far-future time would win every merge. */
export const time: Check = (value) => (isSaneTimestamp(value) ? null : { code: 'notTime', got: got(value) });
export const status: Check = (value) => (value === 'draft' || value === 'published' ? null : { code: 'notStatus' });
/** Empty only in the draft: `publishedDateProblem` checks the published issues' dates. */
export const issueDate: Check = (value) => (isDraftDate(value) ? null : { code: 'notIssueDate' });

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
  return unsafe.code === 'scheme' ? { code: 'unsafeScheme', scheme: unsafe.scheme } : { code: 'otherHost' };
};
