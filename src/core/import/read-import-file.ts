import { isIsoDate } from '../dates';
import type { Issue } from '../issue';
import { checkExportable, parseIssue, repairMojibake } from '../kubelist';
import { type MojibakeSample, mojibakeSample } from './mojibake-sample';
import { suspectMojibake } from './suspect-mojibake';

/** Something the curator should know about a file; `line` is 1-based, null for the whole file. */
export interface FileProblem {
  line: number | null;
  message: string;
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
  blocked: string | null;
}

const FILE_NAME_NUMBER = /(?:^|[\\/])kubelist-0*(\d+)\.md$/i;

/** The issue number an archive file name promises (`kubelist-117.md` → 117), if it has one. */
export function numberInFileName(name: string): number | null {
  const match = FILE_NAME_NUMBER.exec(name);
  return match ? Number(match[1]) : null;
}

function blockedReason(issue: Issue): string | null {
  if (!Number.isSafeInteger(issue.number) || issue.number < 1) return 'It has no issue heading with a number, so it cannot be filed in the archive.';
  if (!isIsoDate(issue.date)) return `Its date “${issue.date}” is not a real date written YYYY-MM-DD.`;
  return null;
}

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
  const problems: FileProblem[] = parsed.map(({ line, message }) => ({ line, message }));

  const named = numberInFileName(name);
  if (named !== null && issue.number > 0 && named !== issue.number) {
    problems.push({ line: 1, message: `The file name says issue ${named}, but the heading says #${issue.number}.` });
  }
  if (issue.number > 0) {
    for (const problem of checkExportable(issue)) problems.push({ line: null, message: problem.message });
  }
  if (!mojibake && suspectMojibake(text)) {
    problems.push({
      line: null,
      message:
        'Some characters look like UTF-8 text that was read as Windows-1252 (such as “â€™” for “’”), mixed with correct text, so they cannot be repaired automatically.',
    });
  }
  return { issue, text, problems: problems.sort(byLine), mojibake, repaired, blocked: blockedReason(issue) };
}

const byLine = (a: FileProblem, b: FileProblem) => (a.line ?? Infinity) - (b.line ?? Infinity);
