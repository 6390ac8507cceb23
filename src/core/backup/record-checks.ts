import { CLIP_FIELDS, type Fields, ISSUE_FIELDS, ITEM_FIELDS } from '../model';
import type { BackupProblem } from './backup-types';
import { childPath, jsonKind } from './json-path';

export type { Fields };
export { CLIP_FIELDS, ISSUE_FIELDS };

/** Items gained `urlKey` in schema v2; a file from before has none (restore recomputes it). */
export const itemFields = (version: number): Fields =>
  version >= 2 ? ITEM_FIELDS : Object.fromEntries(Object.entries(ITEM_FIELDS).filter(([name]) => name !== 'urlKey'));

/**
 * Checks that `value` is an object with exactly `fields`, each valid; adds a problem per fault.
 * A field with a fallback (added after the file's format) may be missing. True when the record can be used.
 */
export function checkRecord(value: unknown, fields: Fields, path: string, problems: BackupProblem[]): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ path, message: `should be an object, not ${jsonKind(value)}` });
    return false;
  }
  const before = problems.length;
  for (const [name, field] of Object.entries(fields)) {
    const at = childPath(path, name);
    if (!Object.hasOwn(value, name)) {
      if (!Object.hasOwn(field, 'fallback')) problems.push({ path: at, message: 'is missing' });
    } else {
      const problem = field.check((value as Record<string, unknown>)[name]);
      if (problem) problems.push({ path: at, message: problem });
    }
  }
  for (const name of Object.keys(value)) {
    if (!Object.hasOwn(fields, name)) problems.push({ path: childPath(path, name), message: 'is not a field this kind of record has' });
  }
  return problems.length === before;
}

/** A published issue is filed by its date: it has one, unlike a draft being written. */
export function publishedDateProblem(issue: { status: string; date: string }): string | null {
  return issue.status === 'published' && issue.date === '' ? 'is empty; a published issue has a date' : null;
}

/** Copies only the known fields into a fresh plain object (one the file lacks stays absent): nothing else of the file reaches storage. */
export function pick<T>(value: unknown, fields: Fields): T {
  const source = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(fields).flatMap((name) => (Object.hasOwn(source, name) ? [[name, source[name]]] : []))) as T;
}
