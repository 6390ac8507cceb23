import { DEFAULT_FILE_NAME_PATTERN } from '../file-name-pattern';
import type { Issue } from '../issue';
import { checkExportable, formatIssue, type ParseProblem, parseIssue } from '../kubelist';
import { issuePath } from './layout';

/** Why an issue file from the repository (at `path`) was not taken in; this browser keeps its own copy. */
export type IssueFileProblem = { path: string } & (
  | { code: 'issueFileUnreadable'; number: number; problems: ParseProblem[] }
  | { code: 'issueFileNumber'; number: number; found: number }
);

/**
 * The version of the issue files' bytes: raise it with any change to what `formatIssue` writes or
 * to the path `issueFile` names, so ids a browser remembered for the old bytes are not used again.
 */
export const ISSUE_FILE_FORMAT = 1;

/**
 * Everything an issue's file is made from (the format's version, the issue address, the file-name
 * pattern, the issue's records), as one text: the same text means the same file, so a sync can
 * remember a file's blob id under a digest of it instead of formatting the issue again.
 */
export const issueFileInputs = (records: unknown, issueUrlBase: string, pattern: string): string =>
  JSON.stringify([ISSUE_FILE_FORMAT, issueUrlBase, pattern, records]);

/**
 * A published issue as its repository file, named by the file-name pattern: the exporter's bytes,
 * or null when it cannot be exported.
 */
export function issueFile(issue: Issue, issueUrlBase: string, pattern = DEFAULT_FILE_NAME_PATTERN): { path: string; text: string } | null {
  if (checkExportable(issue, { issueUrlBase }).length > 0) return null;
  return { path: issuePath(issue.number, pattern, issue.date), text: formatIssue(issue, { issueUrlBase }) };
}

/**
 * Issue `number`'s file (at `path`) read back, as the import reads one: taken in when it names its own number, is
 * dated and has links; otherwise the problem, and the file is not taken in.
 */
export function issueFromFile(
  path: string,
  number: number,
  text: string,
  issueUrlBase: string,
): { issue: Issue; problems: ParseProblem[] } | { problem: IssueFileProblem } {
  const { issue, problems } = parseIssue(text, { issueUrlBase });
  if (issue.items.length === 0 || !/^\d{4}-\d{2}-\d{2}$/.test(issue.date)) return { problem: { path, code: 'issueFileUnreadable', number, problems } };
  if (issue.number !== number) return { problem: { path, code: 'issueFileNumber', number, found: issue.number } };
  return { issue, problems };
}
