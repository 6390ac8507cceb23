import type { Issue } from '../issue';
import { isIssueDate, isIssueNumber, storedUrlProblem } from '../issue-rules';
import { checkExportable, type ExportProblem, type ParseReason, parseIssue, repairMojibake } from '../kubelist';
import { type MojibakeSample, mojibakeSample } from './mojibake-sample';
import { suspectMojibake } from './suspect-mojibake';

/**
 * What reading a file found, as a code and its values: the parser's findings, and those about
 * the file as a whole; `importProblemText` (src/text) words it.
 */
export type FileReason =
  | ParseReason
  | { code: 'fileNameNumber'; named: number; heading: number }
  | { code: 'exportBlocked'; problem: ExportProblem }
  | { code: 'mixedMojibake' };

/** Why a file cannot be imported at all. */
export type BlockedReason =
  | { code: 'noNumber' }
  | { code: 'badNumber'; number: number }
  | { code: 'badDate'; date: string }
  | { code: 'unsafeUrl'; item: number; url: string };

/** Something the curator should know about a file; `line` is 1-based, null for the whole file. */
export interface FileProblem {
  line: number | null;
  reason: FileReason;
}

/** What one file (or pasted text) holds, read as the Kubelist format. */
export interface FileReading {
  /** The issue read from the text, repaired first when `repaired` is set. */
  issue: Issue;
  /** The text that was read: what an import stores and what `fix` writes. */
  text: string;
  problems: FileProblem[];
  /** Where the text looks like UTF-8 read as Windows-1252, and how the repair would read. */
  mojibake: MojibakeSample | null;
  /** The repair of `mojibake` is applied to `issue` and `text`. */
  repaired: boolean;
  /** Why this file cannot be imported at all; null when it can. */
  blocked: BlockedReason | null;
}

const FILE_NAME_NUMBER = /(?:^|[\\/])kubelist-0*(\d+)\.md$/i;

/** The issue number an archive file name promises (`kubelist-117.md` → 117), if it has one. */
export function numberInFileName(name: string): number | null {
  const match = FILE_NAME_NUMBER.exec(name);
  return match ? Number(match[1]) : null;
}

/** The archive's own rules (`issue-rules`): what import lets in, a backup of it always restores. */
function blockedReason(issue: Issue): BlockedReason | null {
  if (!Number.isSafeInteger(issue.number) || issue.number < 1) return { code: 'noNumber' };
  if (!isIssueNumber(issue.number)) return { code: 'badNumber', number: issue.number };
  if (!isIssueDate(issue.date)) return { code: 'badDate', date: issue.date };
  const unsafe = issue.items.findIndex((item) => storedUrlProblem(item.url) !== null);
  if (unsafe >= 0) return { code: 'unsafeUrl', item: unsafe + 1, url: issue.items[unsafe]!.url };
  return null;
}

const fileProblem = (line: number | null, reason: FileReason): FileProblem => ({ line, reason });

/**
 * Reads one file for the import preview or the command line: format problems (with their
 * lines), a file name that disagrees with the heading, what would stop the issue from being
 * exported again, and mojibake, whose repair is applied only when `repair` is set.
 */
export function readImportFile(name: string, original: string, repair = false): FileReading {
  const fixed = repairMojibake(original);
  const mojibake = fixed === original ? null : mojibakeSample(original, fixed);
  const repaired = repair && mojibake !== null;
  const text = repaired ? fixed : original;
  const { issue, problems: parsed } = parseIssue(text);
  const problems: FileProblem[] = [...parsed];

  const named = numberInFileName(name);
  if (named !== null && issue.number > 0 && named !== issue.number) {
    problems.push(fileProblem(1, { code: 'fileNameNumber', named, heading: issue.number }));
  }
  if (issue.number > 0) {
    for (const problem of checkExportable(issue)) problems.push(fileProblem(null, { code: 'exportBlocked', problem }));
  }
  if (!mojibake && suspectMojibake(text)) {
    problems.push(fileProblem(null, { code: 'mixedMojibake' }));
  }
  return { issue, text, problems: problems.sort(byLine), mojibake, repaired, blocked: blockedReason(issue) };
}

const byLine = (a: FileProblem, b: FileProblem) => (a.line ?? Infinity) - (b.line ?? Infinity);
