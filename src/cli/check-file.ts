import { readImportFile } from '../core/import';
import { formatIssue } from '../core/kubelist';
import { importProblemText } from '../text/import-problem-text';

/** A file named on the command line, with its text. */
export interface InputFile {
  path: string;
  text: string;
}

const at = (path: string, line: number | null) => (line === null ? `${path}:` : `${path}:${line}:`);

/** The first line where `b` differs from `a` (1-based). */
function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  const index = left.findIndex((line, i) => line !== right[i]);
  return (index < 0 ? left.length : index) + 1;
}

/**
 * Every format problem in one file as `path:line: message` lines (the shape editors and CI
 * annotate), empty for a clean file. Besides the parser's findings: mojibake, and — as a last
 * guard — a file that reads clean but would not be exported back to the same bytes.
 */
export function checkFile({ path, text }: InputFile): string[] {
  const reading = readImportFile(path, text);
  const lines = reading.problems.map(({ line, reason }) => `${at(path, line)} ${importProblemText(reason)}`);
  const { mojibake } = reading;
  if (mojibake) {
    lines.push(
      `${at(path, mojibake.line)} The text looks like UTF-8 read as Windows-1252: “${mojibake.before}” should read “${mojibake.after}”. Run \`kubelist-curator fix\` to repair it.`,
    );
  }
  if (lines.length === 0 && !reading.blocked) {
    const exported = formatIssue(reading.issue);
    if (exported !== text) {
      lines.push(`${at(path, firstDifferentLine(text, exported))} Exporting this issue again would not give back the same bytes from this line on.`);
    }
  }
  return lines;
}
