// Apart from the engine's error reading, so the editor can know this error without loading that code.
import type { TemplateProblem } from './template-problem';

/** Thrown by a template exporter's `format` when its body cannot be read; the editor shows the problem first. */
export class TemplateBrokenError extends Error {
  constructor(readonly problem: TemplateProblem) {
    super(`templateBroken ${problem.code} line ${problem.line}`);
  }
}
