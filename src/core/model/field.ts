import type { Check } from './checks';

/**
 * What a field is for, which decides what the generic helpers do with it:
 * - `key`: the record's identity; never compared, never copied.
 * - `place`: where the record sits (its issue, position, status); compared, not copied by Undo.
 * - `content`: what the curator wrote; compared, copied by Undo, given to the factories.
 * - `stamp`: bookkeeping the code keeps (times, derived keys); neither compared nor copied.
 */
export type Role = 'key' | 'place' | 'content' | 'stamp';

/** One field of a record: how its value is checked and what it is for. `T` is its value's type. */
export interface Field<T, R extends Role = Role> {
  readonly check: Check;
  readonly role: R;
  /** Carries `T` for the derived types; never set. */
  readonly type?: T;
  /**
   * The value a record made before the field existed gets (an older backup, a factory not
   * told it). Every field added after backup format 5 needs one, so older files still restore.
   */
  readonly fallback?: T;
}

export type Fields = Readonly<Record<string, Field<unknown>>>;

export const keyField = <T>(check: Check): Field<T, 'key'> => ({ check, role: 'key' });
export const placeField = <T>(check: Check): Field<T, 'place'> => ({ check, role: 'place' });
export function stampField<T>(check: Check): Field<T, 'stamp'>;
export function stampField<T>(check: Check, fallback: T): Field<T, 'stamp'> & { readonly fallback: T };
export function stampField<T>(check: Check, fallback?: T): Field<T, 'stamp'> {
  return fallback === undefined ? { check, role: 'stamp' } : { check, role: 'stamp', fallback };
}
export function contentField<T>(check: Check): Field<T, 'content'>;
export function contentField<T>(check: Check, fallback: T): Field<T, 'content'> & { readonly fallback: T };
export function contentField<T>(check: Check, fallback?: T): Field<T, 'content'> {
  return fallback === undefined ? { check, role: 'content' } : { check, role: 'content', fallback };
}

type ValueOf<F> = F extends Field<infer T> ? T : never;
type KeysWith<F extends Fields, R extends Role> = { [K in keyof F]: F[K] extends Field<unknown, R> ? K : never }[keyof F];

type WithFallback<F extends Fields> = { [K in keyof F]: F[K] extends { fallback: unknown } ? K : never }[keyof F];

/**
 * The record a field table describes. A field with a fallback may be absent: records stored or
 * backed up before it existed lack it, and readers take the fallback (`fieldValue`).
 */
export type RecordOf<F extends Fields> = { -readonly [K in Exclude<keyof F, WithFallback<F>>]: ValueOf<F[K]> } & {
  -readonly [K in WithFallback<F>]?: ValueOf<F[K]>;
};
/** Only the curator's words of a record. */
export type ContentOf<F extends Fields> = Pick<RecordOf<F>, KeysWith<F, 'content'> & keyof RecordOf<F>>;
/** What a factory must be told: every content field, except those that have a fallback. */
export type ContentInput<F extends Fields> = {
  -readonly [K in KeysWith<F, 'content'> as F[K] extends { fallback: unknown } ? never : K]: ValueOf<F[K]>;
} & { -readonly [K in KeysWith<F, 'content'> as F[K] extends { fallback: unknown } ? K : never]?: ValueOf<F[K]> };

/** A field's value in `record`, or the field's fallback when the record predates it. */
export function fieldValue(fields: Fields, record: object, name: string): unknown {
  const value = (record as Record<string, unknown>)[name];
  return value === undefined ? fields[name]?.fallback : value;
}

const namesWith = (fields: Fields, roles: readonly Role[]) => Object.keys(fields).filter((name) => roles.includes(fields[name]!.role));

/** Equal in every field that says what or where a record is (not its id, times or derived keys). Values are plain JSON scalars. */
export function sameRecord<F extends Fields>(fields: F): (a: RecordOf<F>, b: RecordOf<F>) => boolean {
  const names = namesWith(fields, ['place', 'content']);
  return (a, b) => names.every((name) => fieldValue(fields, a, name) === fieldValue(fields, b, name));
}

/** Equal in the curator's words alone: the same link in another issue or place. */
export function sameContent<F extends Fields>(fields: F): (a: ContentOf<F>, b: ContentOf<F>) => boolean {
  const names = namesWith(fields, ['content']);
  return (a, b) => names.every((name) => fieldValue(fields, a, name) === fieldValue(fields, b, name));
}

/** A copy of a record's content fields (for Undo, or to make the same record again). */
export function contentOf<F extends Fields>(fields: F): (record: ContentOf<F>) => ContentOf<F> {
  const names = namesWith(fields, ['content']);
  return (record) => Object.fromEntries(names.map((name) => [name, (record as Record<string, unknown>)[name]])) as ContentOf<F>;
}

/**
 * Builds a record in the table's field order from `values`; a field not given takes its fallback.
 * Nothing beyond the table's fields is copied.
 */
export function buildRecord<F extends Fields>(fields: F, values: Readonly<Record<string, unknown>>): RecordOf<F> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [name, Object.hasOwn(values, name) && values[name] !== undefined ? values[name] : field.fallback]),
  ) as RecordOf<F>;
}
