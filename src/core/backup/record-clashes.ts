import type { BackupClip, BackupIssue, BackupItem, BackupProblem } from './backup-types';

interface At<T> {
  record: T;
  /** JSON path of the record, e.g. `$.data.items[3]`. */
  path: string;
}

/** Each record whose `key` was already taken by an earlier one, with a problem naming both. */
function duplicates<T>(records: readonly At<T>[], key: (record: T) => string | null, field: string, say: (first: string) => string): BackupProblem[] {
  const seen = new Map<string, string>();
  const problems: BackupProblem[] = [];
  for (const { record, path } of records) {
    const value = key(record);
    if (value === null) continue;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, path);
    else problems.push({ path: `${path}.${field}`, message: say(first) });
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
    ...duplicates(
      issues,
      (issue) => issue.id,
      'id',
      (first) => `is also the id of ${first}`,
    ),
    ...duplicates(
      issues,
      (issue) => (issue.status === 'draft' ? 'draft' : null),
      'status',
      (first) => `is a second draft (the first is ${first}); there is only ever one`,
    ),
    ...duplicates(
      issues,
      (issue) => (issue.status === 'published' ? String(issue.number) : null),
      'number',
      (first) => `is also the number of ${first}; the archive holds each issue once`,
    ),
    ...duplicates(
      items,
      (item) => item.id,
      'id',
      (first) => `is also the id of ${first}`,
    ),
    ...items
      .filter(({ record }) => !issueIds.has(record.issueId))
      .map(({ record, path }) => ({ path: `${path}.issueId`, message: `names the issue "${record.issueId}", which is not in the backup` })),
    ...duplicates(
      clips,
      (clip) => clip.urlKey,
      'urlKey',
      (first) => `is also the page of ${first}`,
    ),
  ];
}
