import type { BackupClip, BackupFinding, BackupIssue, BackupItem, BackupProblem } from './backup-types';

interface At<T> {
  record: T;
  /** JSON path of the record, e.g. `$.data.items[3]`. */
  path: string;
}

type DuplicateCode = Extract<BackupFinding, { first: string }>['code'];

/** Each record whose `key` was already taken by an earlier one, with a problem naming the first. */
function duplicates<T>(records: readonly At<T>[], key: (record: T) => string | null, field: string, code: DuplicateCode): BackupProblem[] {
  const seen = new Map<string, string>();
  const problems: BackupProblem[] = [];
  for (const { record, path } of records) {
    const value = key(record);
    if (value === null) continue;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, path);
    else problems.push({ path: `${path}.${field}`, code, first });
  }
  return problems;
}

/**
 * What no single record shows: ids used twice, items of an issue the file does not hold, two
 * drafts, an issue number twice in the archive. Any of these would restore a muddle.
 */
export function findRecordClashes(
  issues: readonly At<BackupIssue>[],
  /** Items of any version: v1 items have no `urlKey`, which no check here reads. */
  items: readonly At<Omit<BackupItem, 'urlKey'>>[],
  clips: readonly At<BackupClip>[],
  /** Ids of every issue in the file, faulty ones included: their faults are reported already. */
  issueIds: ReadonlySet<string>,
): BackupProblem[] {
  return [
    ...duplicates(issues, (issue) => issue.id, 'id', 'sameId'),
    ...duplicates(issues, (issue) => (issue.status === 'draft' ? 'draft' : null), 'status', 'secondDraft'),
    ...duplicates(issues, (issue) => (issue.status === 'published' ? String(issue.number) : null), 'number', 'sameNumber'),
    ...duplicates(items, (item) => item.id, 'id', 'sameId'),
    ...items
      .filter(({ record }) => !issueIds.has(record.issueId))
      .map(({ record, path }) => ({ path: `${path}.issueId`, code: 'unknownIssue' as const, issueId: record.issueId })),
    ...duplicates(clips, (clip) => clip.urlKey, 'urlKey', 'samePage'),
  ];
}
