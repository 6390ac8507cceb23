import { isPooled } from '../model';
import { type Steps, stepCounter } from '../steps';
import type { BackupClip, BackupFinding, BackupIssue, BackupItem, BackupProblem } from './backup-types';

interface At<T> {
  record: T;
  /** JSON path of the record, e.g. `$.data.items[3]`. */
  path: string;
}

type DuplicateCode = Extract<BackupFinding, { first: string }>['code'];

/** Each record whose `key` was already taken by an earlier one, with a problem naming the first. */
function* duplicates<T>(records: readonly At<T>[], key: (record: T) => string | null, field: string, code: DuplicateCode): Steps<BackupProblem[]> {
  const step = stepCounter();
  const seen = new Map<string, string>();
  const problems: BackupProblem[] = [];
  for (const { record, path } of records) {
    if (step()) yield;
    const value = key(record);
    if (value === null) continue;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, path);
    else problems.push({ path: `${path}.${field}`, code, first });
  }
  return problems;
}

/**
 * What no single record shows: ids used twice, items of an issue the file does not hold (the
 * pool's excepted), two
 * drafts, an issue number twice in the archive. Any of these would restore a muddle.
 */
export function* recordClashSteps(
  issues: readonly At<BackupIssue>[],
  /** Items of any version: v1 items have no `urlKey`, which no check here reads. */
  items: readonly At<Omit<BackupItem, 'urlKey'>>[],
  clips: readonly At<BackupClip>[],
  /** Ids of every issue in the file, faulty ones included: their faults are reported already. */
  issueIds: ReadonlySet<string>,
): Steps<BackupProblem[]> {
  const sameIssueId = yield* duplicates(issues, (issue) => issue.id, 'id', 'sameId');
  const secondDraft = yield* duplicates(issues, (issue) => (issue.status === 'draft' ? 'draft' : null), 'status', 'secondDraft');
  const sameNumber = yield* duplicates(issues, (issue) => (issue.status === 'published' ? String(issue.number) : null), 'number', 'sameNumber');
  const sameItemId = yield* duplicates(items, (item) => item.id, 'id', 'sameId');
  const unknownIssue: BackupProblem[] = [];
  const step = stepCounter();
  for (const { record, path } of items) {
    if (step()) yield;
    // A collected link (in the pool) is in no issue, and needs none.
    if (!issueIds.has(record.issueId) && !isPooled(record)) unknownIssue.push({ path: `${path}.issueId`, code: 'unknownIssue', issueId: record.issueId });
  }
  const samePage = yield* duplicates(clips, (clip) => clip.urlKey, 'urlKey', 'samePage');
  return [...sameIssueId, ...secondDraft, ...sameNumber, ...sameItemId, ...unknownIssue, ...samePage];
}
