import type { CheckProblem } from './checks';
import type { Fields } from './field';

/** The kinds of record storage writes. */
export type RecordKind = 'issue' | 'item' | 'clip';

/**
 * A record the model's checks refuse, thrown by storage instead of writing it, so that only what a
 * backup of it restores is ever stored. Nothing of the write is kept; the page still shows what
 * the curator wrote, and words the code (src/text/record-refused.ts).
 */
export class RecordRefusedError extends Error {
  readonly code = 'recordRefused';
  constructor(
    readonly kind: RecordKind,
    readonly field: string,
    readonly problem: CheckProblem,
  ) {
    super(`recordRefused: ${kind}.${field} ${problem.code}`);
    this.name = 'RecordRefusedError';
  }
}

/** Throws `RecordRefusedError` for the first field of `values` (a whole record or a patch) that fails its check in `fields`. */
export function refuseInvalid(kind: RecordKind, fields: Fields, values: object): void {
  for (const [name, value] of Object.entries(values)) {
    const field = fields[name];
    if (!field || value === undefined) continue;
    const problem = field.check(value);
    if (problem) throw new RecordRefusedError(kind, name, problem);
  }
}
