import type { CheckProblem } from '../model/checks';
import { type Fields, fieldValue, type RecordOf } from '../model/field';

/** Why a record file in the repository was not taken in; the file is left as it is. */
export type RecordFileProblem =
  | { code: 'notJson' }
  | { code: 'notObject' }
  | { code: 'badField'; field: string; problem: CheckProblem }
  | { code: 'idNotFileName'; id: string };

/**
 * A record as its repository file: the table's fields in the table's order, two-space indented,
 * one final newline, so every client writes the same bytes for the same record and a diff shows
 * one line per changed field. `omit` leaves out fields derived on reading (an item's `urlKey`).
 */
export function writeRecordFile<F extends Fields>(fields: F, record: RecordOf<F>, omit: readonly string[] = []): string {
  const values = Object.keys(fields)
    .filter((name) => !omit.includes(name))
    .map((name) => [name, fieldValue(fields, record, name)] as const)
    .filter(([, value]) => value !== undefined);
  return `${JSON.stringify(Object.fromEntries(values), null, 2)}\n`;
}

/** A record file read back and checked field by field; `derive` fills the omitted fields. */
export function readRecordFile<F extends Fields>(
  fields: F,
  text: string,
  derive: (values: Record<string, unknown>) => Record<string, unknown> = (values) => values,
): { record: RecordOf<F> } | { problem: RecordFileProblem } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: { code: 'notJson' } };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { problem: { code: 'notObject' } };
  const values = derive(parsed as Record<string, unknown>);
  const record: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fields)) {
    const value = Object.hasOwn(values, name) && values[name] !== undefined ? values[name] : field.fallback;
    const problem = field.check(value);
    if (problem) return { problem: { code: 'badField', field: name, problem } };
    record[name] = value;
  }
  return { record: record as RecordOf<F> };
}
