import type { Gap, ParseProblem, ParseReason } from './parse-problem';

/** Unexpected lines reported one by one before the rest are summed up. */
const MAX_UNEXPECTED_REPORTS = 10;
/** Beyond this many problems a list helps nobody (and a hostile file could make millions). */
export const MAX_PROBLEMS = 200;

/** Reading position in an issue's lines, and the problems found so far. */
export class Cursor {
  at = 0;
  private unexpected = 0;
  constructor(
    readonly lines: readonly string[],
    readonly problems: ParseProblem[],
  ) {}

  get line(): string | undefined {
    return this.lines[this.at];
  }

  get done(): boolean {
    return this.at >= this.lines.length;
  }

  /** Records a problem on the 1-based `line` (default: the current one; past the end means the last). */
  report(found: ParseReason, line = this.at + 1): void {
    if (this.problems.length > MAX_PROBLEMS) return;
    const clamped = Math.max(1, Math.min(line, this.lines.length));
    const reason: ParseReason = this.problems.length === MAX_PROBLEMS ? { code: 'moreProblems' } : found;
    this.problems.push({ line: clamped, reason });
  }

  /** Reports the current line as not part of the format and moves past it; nothing is dropped silently. */
  skipUnexpected(where: 'betweenItems' | 'beforeFooter'): void {
    this.unexpected++;
    if (this.unexpected <= MAX_UNEXPECTED_REPORTS) {
      const text = this.line!.length > 60 ? `${this.line!.slice(0, 59)}…` : this.line!;
      this.report({ code: 'unexpectedText', where, text });
    } else if (this.unexpected === MAX_UNEXPECTED_REPORTS + 1) {
      this.report({ code: 'moreUnexpected' });
    }
    this.at++;
  }

  /** Moves past the blank lines here, reporting unless there is exactly one. */
  separator(gap: Gap): void {
    const start = this.at;
    while (this.line === '') this.at++;
    const count = this.at - start;
    if (count === 0 && !this.done) this.report({ code: 'noBlankLine', gap });
    if (count > 1) this.report({ code: 'blankLines', count, gap }, start + 1);
  }
}

/** An item starts with a list number at column 0 (the format always writes `1. `). */
export function isItemStart(line: string | undefined): boolean {
  return line !== undefined && /^\d{1,9}\.(?:[ \t]|$)/.test(line);
}
