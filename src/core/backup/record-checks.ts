import { CLIP_FIELDS, type Fields, ISSUE_FIELDS, ITEM_FIELDS } from '../model';
import type { CheckProblem } from '../model/checks';
import { type Got, kindOf } from '../model/value-kind';
import { childPath } from './json-path';

export type { Fields };
export { CLIP_FIELDS, ISSUE_FIELDS };

/** The stores a backup holds records of. */
export type RecordStore = 'issues' | 'items' | 'clips';

/** What is wrong with one record: a field's check, or the record's shape. */
export type RecordFault = CheckProblem | { code: 'notObject'; got: Got } | { code: 'missing' } | { code: 'unknownField' } | { code: 'publishedUndated' };

/**
 * A record of a backup that cannot be restored: which one (its store, its place in the file and
 * its id when it has a usable one), which field, and the fault as a code. `path` is where it is
 * in the file, as people read JSON paths (`$.data.items[3].url`).
 */
export interface RecordProblem {
  path: string;
  store: RecordStore;
  index: number;
  id?: string;
  /** Absent when the record as a whole is wrong (not an object). */
  field?: string;
  fault: RecordFault;
}

/** Where a record is in the file. */
export interface RecordPlace {
  store: RecordStore;
  index: number;
  path: string;
}

/** Items gained `urlKey` in schema v2; a file from before has none (restore recomputes it). */
export const itemFields = (version: number): Fields =>
  version >= 2 ? ITEM_FIELDS : Object.fromEntries(Object.entries(ITEM_FIELDS).filter(([name]) => name !== 'urlKey'));

/** A problem with `field` of the record at `place`. */
export function recordProblem(place: RecordPlace, record: unknown, field: string | undefined, fault: RecordFault): RecordProblem {
  const id = (record as { id?: unknown } | null)?.id;
  return {
    path: field === undefined ? place.path : childPath(place.path, field),
    store: place.store,
    index: place.index,
    ...(typeof id === 'string' && id !== '' ? { id } : {}),
    ...(field === undefined ? {} : { field }),
    fault,
  };
}

/**
 * Checks that `value` is an object with exactly `fields`, each valid; adds a problem per fault.
 * A field with a fallback (added after the file's format) may be missing. True when the record can be used.
 */
export function checkRecord(value: unknown, fields: Fields, place: RecordPlace, problems: RecordProblem[]): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(recordProblem(place, null, undefined, { code: 'notObject', got: kindOf(value) }));
    return false;
  }
  const before = problems.length;
  for (const [name, field] of Object.entries(fields)) {
    if (!Object.hasOwn(value, name)) {
      if (!Object.hasOwn(field, 'fallback')) problems.push(recordProblem(place, value, name, { code: 'missing' }));
    } else {
      const problem = field.check((value as Record<string, unknown>)[name]);
      if (problem) problems.push(recordProblem(place, value, name, problem));
    }
  }
  for (const name of Object.keys(value)) {
    if (!Object.hasOwn(fields, name)) problems.push(recordProblem(place, value, name, { code: 'unknownField' }));
  }
  return problems.length === before;
}

/** A published issue is filed by its date: it has one, unlike a draft being written. */
export function publishedDateProblem(issue: { status: string; date: string }): RecordFault | null {
  return issue.status === 'published' && issue.date === '' ? { code: 'publishedUndated' } : null;
}

/** Copies only the known fields into a fresh plain object (one the file lacks stays absent): nothing else of the file reaches storage. */
export function pick<T>(value: unknown, fields: Fields): T {
  const source = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(fields).flatMap((name) => (Object.hasOwn(source, name) ? [[name, source[name]]] : []))) as T;
}
