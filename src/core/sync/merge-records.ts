import { type Fields, fieldValue, type RecordOf } from '../model/field';

/** Which copy a sync compares: this browser's, or the repository's. */
export type Side = 'local' | 'remote';

/**
 * Both sides changed one field of one record since the last sync, to different values: the later
 * edit's value is in the merge, and the other is set aside here, so the curator can take it back.
 */
export interface FieldConflict {
  id: string;
  field: string;
  /** The side whose value was set aside. */
  setAsideFrom: Side;
  setAside: unknown;
  kept: unknown;
}

export interface RecordMerge<R> {
  /** Every record after the merge, in id order; records deleted by the merge are absent. */
  records: R[];
  conflicts: FieldConflict[];
}

/** A record with the times the merge needs: which edit is later. */
type Timed = { id: string; updatedAt: number };

/**
 * Three-way merge of one kind of record, per record and per field, as issue 16 asks:
 * - a change on one side since `base` (the last sync) wins over the other side's unchanged value;
 * - both sides changed a field to different values: the record edited later wins that field, and
 *   the other value is reported in `conflicts` (equal times: the greater value, so every client
 *   picks the same one);
 * - deleted on one side and unchanged on the other: deleted; deleted on one side and edited on
 *   the other: the edit is kept, as losing words is worse than a link that comes back;
 * - added on either side: kept (ids are random, so two sides never add the same id by chance).
 * Place and content fields are merged; a stamp field takes the later edit's value (`updatedAt`
 * is the larger of the two; `changedBy` and `changedAt` come from the later change of words); the
 * key is the record's id.
 */
export function mergeRecords<F extends Fields, R extends RecordOf<F> & Timed>(
  fields: F,
  base: ReadonlyMap<string, R>,
  local: ReadonlyMap<string, R>,
  remote: ReadonlyMap<string, R>,
): RecordMerge<R> {
  const merged: R[] = [];
  const conflicts: FieldConflict[] = [];
  const ids = [...new Set([...base.keys(), ...local.keys(), ...remote.keys()])].sort();
  for (const id of ids) {
    const was = base.get(id);
    const mine = local.get(id);
    const theirs = remote.get(id);
    if (!mine || !theirs) {
      const present = mine ?? theirs;
      // Absent on both sides, or deleted on one and untouched on the other: gone.
      if (!present || (was && unchanged(fields, was, present))) continue;
      merged.push(present);
      continue;
    }
    merged.push(mergeOne(fields, id, was, mine, theirs, conflicts));
  }
  return { records: merged, conflicts };
}

function mergeOne<F extends Fields, R extends RecordOf<F> & Timed>(
  fields: F,
  id: string,
  was: R | undefined,
  mine: R,
  theirs: R,
  conflicts: FieldConflict[],
): R {
  const later: Side = laterSide(fields, mine, theirs);
  // Who changed the words and when go together, from the side that changed them last: the later
  // edit may only have moved the item.
  const changedAt = (record: R) => Number(fieldValue(fields, record, 'changedAt') ?? 0);
  const changedLater: Side = changedAt(mine) === changedAt(theirs) ? later : changedAt(mine) > changedAt(theirs) ? 'local' : 'remote';
  const values: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fields)) {
    const a = fieldValue(fields, mine, name);
    const b = fieldValue(fields, theirs, name);
    if (field.role === 'key' || field.role === 'stamp') {
      if (name === 'updatedAt') values[name] = Math.max(mine.updatedAt, theirs.updatedAt);
      else if (CHANGE_STAMPS.includes(name)) values[name] = changedLater === 'local' ? a : b;
      else values[name] = later === 'local' ? a : b;
      continue;
    }
    const before = was ? fieldValue(fields, was, name) : undefined;
    if (a === b || b === before) values[name] = a;
    else if (a === before) values[name] = b;
    else {
      values[name] = later === 'local' ? a : b;
      conflicts.push({ id, field: name, setAsideFrom: later === 'local' ? 'remote' : 'local', setAside: later === 'local' ? b : a, kept: values[name] });
    }
  }
  // The table's order, so the record reads (and is written to the repository) the same on every client.
  return Object.fromEntries(Object.keys(fields).map((name) => [name, values[name]])) as R;
}

/** The stamps of a change to a record's words (`ITEM_FIELDS`): kept as a pair. */
const CHANGE_STAMPS = ['changedBy', 'changedAt'];

function unchanged<F extends Fields>(fields: F, was: RecordOf<F>, now: RecordOf<F>): boolean {
  return Object.entries(fields).every(
    ([name, field]) => field.role === 'key' || field.role === 'stamp' || fieldValue(fields, was, name) === fieldValue(fields, now, name),
  );
}

/** The side edited later; on equal times, the side whose record is greater as text, the same answer on every client. */
function laterSide<F extends Fields>(fields: F, mine: Timed, theirs: Timed): Side {
  if (mine.updatedAt !== theirs.updatedAt) return mine.updatedAt > theirs.updatedAt ? 'local' : 'remote';
  const text = (record: Timed) => JSON.stringify(Object.keys(fields).map((name) => fieldValue(fields, record, name)));
  return text(mine) > text(theirs) ? 'local' : 'remote';
}
