/** What kind of JSON value something is, for "should be text, not a list": a code the text layer words. */
/** `nothing`: the key is absent. */
export type ValueKind = 'nothing' | 'null' | 'list' | 'object' | 'text' | 'true' | 'false' | 'number' | 'other';

/** The kind of `value` as JSON names it. */
export function valueKind(value: unknown): ValueKind {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value === 'number' ? 'number' : 'other';
}

/** What a field held instead of what it should: its kind, and the number itself when it was one. */
export type Got = { kind: ValueKind; number?: number };

/** `value` as a `Got` for a check that wants no number at all: its kind alone. */
export const kindOf = (value: unknown): Got => ({ kind: valueKind(value) });

/** `value` as a `Got` for a check of numbers: a wrong number is shown as itself. */
export const got = (value: unknown): Got => (typeof value === 'number' ? { kind: 'number', number: value } : { kind: valueKind(value) });
