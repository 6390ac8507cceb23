import type { ParseProblem } from './parse-problem';

/** Larger than any real issue by two orders of magnitude; bigger input is refused unread. */
export const MAX_INPUT_CHARS = 2 * 1024 * 1024;
/** Lines with U+FFFD reported one by one before the rest are summed up. */
const MAX_REPLACEMENT_REPORTS = 5;

/** The text split into lines, or null when it must not be parsed at all. */
export interface InputLines {
  lines: string[] | null;
  problems: ParseProblem[];
}

/** 1-based line of `index` in `text`, counting LF, CR LF and lone CR as one line ending each. */
function lineOf(text: string, index: number): number {
  const before = text.slice(0, index).match(/\r\n|\r|\n/g);
  return (before?.length ?? 0) + 1;
}

function replacementProblems(lines: string[]): ParseProblem[] {
  const hits = lines.flatMap((line, i) => (line.includes('\ufffd') ? [i + 1] : []));
  const problems = hits.slice(0, MAX_REPLACEMENT_REPORTS).map((line) => ({
    line,
    message:
      'This line contains U+FFFD replacement characters (�): the file was damaged, is binary, or was read with the wrong encoding. The original characters are lost.',
  }));
  if (hits.length > MAX_REPLACEMENT_REPORTS) {
    problems.push({
      line: hits[MAX_REPLACEMENT_REPORTS]!,
      message: `${hits.length - MAX_REPLACEMENT_REPORTS} more lines contain U+FFFD replacement characters.`,
    });
  }
  return problems;
}

/**
 * Checks size and binary content, removes a BOM and converts line endings to LF, reporting
 * each: such a file can be imported, but exporting it again cannot give back the same bytes.
 */
export function readInput(markdown: string): InputLines {
  if (markdown.length > MAX_INPUT_CHARS) {
    const size = (markdown.length / (1024 * 1024)).toFixed(1);
    return {
      lines: null,
      problems: [{ line: 1, message: `The file is too large to be an issue (${size} million characters; the limit is 2 MB), so it was not read.` }],
    };
  }
  const nul = markdown.indexOf('\u0000');
  if (nul >= 0) {
    return {
      lines: null,
      problems: [
        {
          line: lineOf(markdown, nul),
          message: 'The file contains NUL bytes: it is a binary file (or UTF-16 text), not a Markdown issue, so it was not read.',
        },
      ],
    };
  }
  const problems: ParseProblem[] = [];
  let text = markdown;
  if (text.startsWith('\ufeff')) {
    text = text.slice(1);
    problems.push({
      line: 1,
      message: 'The file starts with a byte order mark (BOM). It was ignored; the export will not have one, so it will not be byte-identical to this file.',
    });
  }
  const cr = text.indexOf('\r');
  if (cr >= 0) {
    const kind = text[cr + 1] === '\n' ? 'Windows line endings (CR LF)' : 'old Mac line endings (CR)';
    problems.push({
      line: lineOf(text, cr),
      message: `The file uses ${kind} from this line on. They were read as LF; the export uses LF, so it will not be byte-identical to this file.`,
    });
    text = text.replace(/\r\n?/g, '\n');
  }
  const lines = text.split('\n');
  problems.push(...replacementProblems(lines));
  return { lines, problems };
}
