import type { ParseProblem, ParseReason } from './parse-problem';

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

const problem = (line: number, reason: ParseReason): ParseProblem => ({ line, reason });

function replacementProblems(lines: string[]): ParseProblem[] {
  const hits = lines.flatMap((line, i) => (line.includes('\ufffd') ? [i + 1] : []));
  const problems = hits.slice(0, MAX_REPLACEMENT_REPORTS).map((line) => problem(line, { code: 'replacementChars' }));
  if (hits.length > MAX_REPLACEMENT_REPORTS) {
    problems.push(problem(hits[MAX_REPLACEMENT_REPORTS]!, { code: 'moreReplacementChars', count: hits.length - MAX_REPLACEMENT_REPORTS }));
  }
  return problems;
}

/**
 * Checks size and binary content, removes a BOM and converts line endings to LF, reporting
 * each: such a file can be imported, but exporting it again cannot give back the same bytes.
 */
export function readInput(markdown: string): InputLines {
  if (markdown.length > MAX_INPUT_CHARS) {
    return { lines: null, problems: [problem(1, { code: 'tooLarge', chars: markdown.length })] };
  }
  const nul = markdown.indexOf('\u0000');
  if (nul >= 0) {
    return { lines: null, problems: [problem(lineOf(markdown, nul), { code: 'binary' })] };
  }
  const problems: ParseProblem[] = [];
  let text = markdown;
  if (text.startsWith('\ufeff')) {
    text = text.slice(1);
    problems.push(problem(1, { code: 'byteOrderMark' }));
  }
  const cr = text.indexOf('\r');
  if (cr >= 0) {
    problems.push(problem(lineOf(text, cr), { code: 'lineEndings', kind: text[cr + 1] === '\n' ? 'crlf' : 'cr' }));
    text = text.replace(/\r\n?/g, '\n');
  }
  const lines = text.split('\n');
  problems.push(...replacementProblems(lines));
  return { lines, problems };
}
