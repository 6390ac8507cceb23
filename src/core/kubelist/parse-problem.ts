/** Something the curator should know about an imported file; `line` is 1-based. */
export interface ParseProblem {
  line: number;
  message: string;
}
