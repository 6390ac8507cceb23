import { isDraftDate, isIssueNumber, isSaneTimestamp, MAX_ISSUE_NUMBER, MIN_ISSUE_NUMBER, storedUrlProblem } from '../issue-rules';
import type { BackupProblem } from './backup-types';
import { childPath, jsonKind } from './json-path';

/** What is wrong with one field's value, or null when it is fine. */
type Check = (value: unknown) => string | null;

/** Longer than any title or blurb; the whole archive's text is a few megabytes. */
const MAX_TEXT = 1_000_000;
const MAX_ID = 200;

const text: Check = (value) => {
  if (typeof value !== 'string') return `should be text, not ${jsonKind(value)}`;
  return value.length > MAX_TEXT ? `is longer than ${MAX_TEXT} characters` : null;
};
const id: Check = (value) => {
  if (typeof value !== 'string' || value === '') return `should be a non-empty text id, not ${jsonKind(value)}`;
  return value.length > MAX_ID ? `is longer than ${MAX_ID} characters` : null;
};
const wholeNumber =
  (min: number, max: number): Check =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? null
      : `should be a whole number from ${min} to ${max}, not ${typeof value === 'number' ? value : jsonKind(value)}`;
const issueNumber: Check = (value) =>
  isIssueNumber(value)
    ? null
    : `should be a whole number from ${MIN_ISSUE_NUMBER} to ${MAX_ISSUE_NUMBER}, not ${typeof value === 'number' ? value : jsonKind(value)}`;
/** Milliseconds since 1970, as Date.now() gives; a far-future time would win every merge. */
const time: Check = (value) =>
  isSaneTimestamp(value) ? null : `should be a time in milliseconds up to the year 3000, not ${typeof value === 'number' ? value : jsonKind(value)}`;
const status: Check = (value) => (value === 'draft' || value === 'published' ? null : 'should be "draft" or "published"');
/** Empty only in the draft: `publishedDateProblem` checks the published issues' dates. */
const issueDate: Check = (value) => (isDraftDate(value) ? null : 'should be a date written YYYY-MM-DD, from 1970 to 2999');

/**
 * Links end up as `href`s in the preview and the exported issue: only http(s) is safe there, and
 * `//host/…` leads to another host too. An empty or half-typed address (no scheme at all) is a
 * draft being written, and is kept.
 */
const safeUrl: Check = (value) => {
  const problem = text(value);
  if (problem) return problem;
  const unsafe = storedUrlProblem(value as string);
  if (!unsafe) return null;
  return unsafe.code === 'scheme'
    ? `uses the ${unsafe.scheme}: scheme; only http: and https: links are allowed`
    : 'starts with // and so links to another host; only http: and https: links are allowed';
};

export type Fields = Readonly<Record<string, Check>>;

export const ISSUE_FIELDS: Fields = {
  id,
  status,
  number: issueNumber,
  date: issueDate,
  headline: text,
  intro: text,
  createdAt: time,
  updatedAt: time,
};

const ITEM_FIELDS_V1: Fields = {
  id,
  issueId: id,
  position: wholeNumber(0, 1_000_000),
  title: text,
  url: safeUrl,
  commentary: text,
  addedAt: time,
  updatedAt: time,
};

/** Items gained `urlKey` in schema v2. */
export const itemFields = (version: number): Fields => (version >= 2 ? { ...ITEM_FIELDS_V1, urlKey: text } : ITEM_FIELDS_V1);

export const CLIP_FIELDS: Fields = { urlKey: id, title: text, url: safeUrl, commentary: text, updatedAt: time };

/**
 * Checks that `value` is an object with exactly `fields`, each valid; adds a problem per fault.
 * True when the record can be used.
 */
export function checkRecord(value: unknown, fields: Fields, path: string, problems: BackupProblem[]): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ path, message: `should be an object, not ${jsonKind(value)}` });
    return false;
  }
  const before = problems.length;
  for (const [name, check] of Object.entries(fields)) {
    const at = childPath(path, name);
    if (!Object.hasOwn(value, name)) problems.push({ path: at, message: 'is missing' });
    else {
      const problem = check((value as Record<string, unknown>)[name]);
      if (problem) problems.push({ path: at, message: problem });
    }
  }
  for (const name of Object.keys(value)) {
    if (!Object.hasOwn(fields, name)) problems.push({ path: childPath(path, name), message: 'is not a field this kind of record has' });
  }
  return problems.length === before;
}

/** A published issue is filed by its date: it has one, unlike a draft being written. */
export function publishedDateProblem(issue: { status: string; date: string }): string | null {
  return issue.status === 'published' && issue.date === '' ? 'is empty; a published issue has a date' : null;
}

/** Copies only the known fields into a fresh plain object: nothing else of the file reaches storage. */
export function pick<T>(value: unknown, fields: Fields): T {
  const source = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(fields).map((name) => [name, source[name]])) as T;
}
