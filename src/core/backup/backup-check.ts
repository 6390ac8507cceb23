import { type CheckProblem, readSettings, SETTINGS_FIELDS, type SettingName, type Settings } from '../model';
import { type Got, got, kindOf } from '../model/value-kind';
import { runSteps, type Steps } from '../steps';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, type BackupProblem } from './backup-types';
import { childPath } from './json-path';
import {
  CLIP_FIELDS,
  checkRecord,
  type Fields,
  ISSUE_FIELDS,
  itemFields,
  pick,
  publishedDateProblem,
  type RecordPlace,
  type RecordProblem,
  type RecordStore,
  recordProblem,
} from './record-checks';
import { recordClashSteps } from './record-clashes';
import { findUnsafeKeys } from './unsafe-keys';
import { type OlderBackupData, rekeyClip, rekeyItem, upgradeBackup } from './upgrade-backup';

/** Past this many, the list stops helping; the count of the rest is given instead. */
const MAX_LISTED = 50;

export type BackupReading =
  | {
      ok: true;
      file: BackupFile;
      /** The schema version the file was written in. */
      fromVersion: number;
      /** Settings that could not be used: their defaults take their place; the file is restored all the same. */
      settingsProblems: BackupSettingsProblem[];
    }
  | { ok: false; problems: BackupProblem[] };

/** A backup's setting that can't be used (its default takes its place), or settings that can't be read at all (the ones here stay). */
export type BackupSettingsProblem = { path: string } & (
  | { code: 'unusable'; setting: SettingName; problem: CheckProblem }
  | { code: 'notASetting' }
  | { code: 'settingsMissing' }
  | { code: 'settingsNotObject'; got: Got }
);

type Json = Record<string, unknown>;
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A refusal listing `problems`, the first few of them when there are many. */
export function refuse(problems: BackupProblem[]): BackupReading & { ok: false } {
  if (problems.length <= MAX_LISTED) return { ok: false, problems };
  const rest = problems.length - MAX_LISTED;
  return { ok: false, problems: [...problems.slice(0, MAX_LISTED), { path: '$', code: 'moreProblems', count: rest }] };
}

function unexpectedKeys(value: Json, allowed: readonly string[], path: string, problems: BackupProblem[]) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) problems.push({ path: childPath(path, key), code: 'notInBackup' });
  }
}

/** The version, when the file is a backup this extension can read at all; else null, with why. */
function readEnvelope(raw: unknown, problems: BackupProblem[]): number | null {
  if (!isObject(raw)) {
    problems.push({ path: '$', code: 'notBackup', found: kindOf(raw) });
    return null;
  }
  if (raw.format !== BACKUP_FORMAT) {
    problems.push({ path: '$.format', code: 'wrongFormat' });
    return null;
  }
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    problems.push({ path: '$.schemaVersion', code: 'badSchemaVersion', found: got(version) });
    return null;
  }
  if (version > BACKUP_VERSION) {
    problems.push({ path: '$.schemaVersion', code: 'newerSchema', version, readsUpTo: BACKUP_VERSION });
    return null;
  }
  if (typeof raw.exportedAt !== 'string' || Number.isNaN(Date.parse(raw.exportedAt))) {
    problems.push({ path: '$.exportedAt', code: 'badExportedAt' });
  }
  unexpectedKeys(raw, ['format', 'schemaVersion', 'exportedAt', 'data'], '$', problems);
  return version;
}

/**
 * The backup's settings, field by field (`readSettings`): a setting that can't be used never
 * refuses the file; its default takes its place and the problem is listed. Null when the file
 * holds none usable at all: then the settings here stay.
 */
function readBackupSettings(present: boolean, raw: unknown, problems: BackupSettingsProblem[]): Settings | null {
  const path = '$.data.settings';
  if (!isObject(raw)) {
    problems.push(present ? { path, code: 'settingsNotObject', got: kindOf(raw) } : { path, code: 'settingsMissing' });
    return null;
  }
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(SETTINGS_FIELDS, key)) problems.push({ path: childPath(path, key), code: 'notASetting' });
  }
  const { settings, problems: unusable } = readSettings(raw);
  problems.push(...unusable.map(({ setting, problem }) => ({ path: childPath(path, setting), code: 'unusable' as const, setting, problem })));
  return settings;
}

/** The stores a file of `version` holds: half-written blurbs since v3. */
const storesOf = (version: number): RecordStore[] => (version >= 3 ? ['issues', 'items', 'clips'] : ['issues', 'items']);

interface Usable {
  record: never;
  path: string;
}

/**
 * Checks a backup a piece at a time, as a reader hands the pieces over (the whole parsed file, or
 * a file read line by line): the envelope first, then the data's keys, records and settings in
 * any order, then `finish`. It finds what `readBackup` documents, and the same problems in the
 * same order whichever way the file was read.
 */
export function createBackupCheck() {
  const unsafe: BackupProblem[] = [];
  const shape: BackupProblem[] = [];
  const byStore: Record<RecordStore, BackupProblem[]> = { issues: [], items: [], clips: [] };
  const usable: Record<RecordStore, Usable[]> = { issues: [], items: [], clips: [] };
  const lists = new Set<RecordStore>();
  const dates: BackupProblem[] = [];
  const issueIds = new Set<string>();
  let version = 0;
  let exportedAt = '';
  let settings: { present: boolean; raw: unknown } = { present: false, raw: undefined };
  let fields: Record<RecordStore, Fields> = { issues: ISSUE_FIELDS, items: itemFields(BACKUP_VERSION), clips: CLIP_FIELDS };

  /** `finish`, yielding every few thousand records: the checks across records walk them all. */
  function* finishSteps(): Steps<BackupReading> {
    for (const store of storesOf(version)) {
      if (!lists.has(store)) byStore[store].unshift({ path: childPath('$.data', store), code: 'missing' });
    }
    const clashes = yield* recordClashSteps(usable.issues, usable.items, usable.clips, issueIds);
    const problems = [...unsafe, ...shape, ...byStore.issues, ...byStore.items, ...byStore.clips, ...dates, ...clashes];
    if (problems.length > 0) return refuse(problems);
    const records = (store: RecordStore) => usable[store].map(({ record }) => record);
    const older: OlderBackupData = { issues: records('issues'), items: records('items') };
    if (version >= 3) older.clips = records('clips');
    yield;
    const settingsProblems: BackupSettingsProblem[] = [];
    if (version >= 5) older.settings = readBackupSettings(settings.present, settings.raw, settingsProblems);
    const upgraded = version === BACKUP_VERSION ? { ...(older as BackupFile['data']), settings: older.settings ?? null } : upgradeBackup(older, version);
    if (!upgraded) return refuse([{ path: '$.schemaVersion', code: 'noUpgrade', version }]);
    const file: BackupFile = { format: BACKUP_FORMAT, schemaVersion: BACKUP_VERSION, exportedAt, data: upgraded };
    return { ok: true, file, fromVersion: version, settingsProblems };
  }

  return {
    /** Prototype keys and nesting anywhere in `value`, found at `path`, `depth` levels below the file's root. */
    scan(value: unknown, path = '$', depth = 0) {
      unsafe.push(...findUnsafeKeys(value, path, depth));
    },

    /** The file's outer object (its `data` aside): the version it was written in, or a refusal. */
    envelope(raw: unknown): number | BackupReading {
      const found = readEnvelope(raw, shape);
      if (found === null) return refuse([...unsafe, ...shape]);
      version = found;
      exportedAt = (raw as Json).exportedAt as string;
      fields = { issues: ISSUE_FIELDS, items: itemFields(version), clips: CLIP_FIELDS };
      return version;
    },

    /** `data` was not an object (or was missing): nothing else can be read. */
    noData(present: boolean, value: unknown): BackupReading {
      shape.push(present ? { path: '$.data', code: 'notObject', found: kindOf(value) } : { path: '$.data', code: 'missing' });
      return refuse([...unsafe, ...shape]);
    },

    /** The keys `data` holds, whatever their values. */
    dataKeys(data: Json) {
      const stores = storesOf(version);
      unexpectedKeys(data, version >= 5 ? [...stores, 'settings'] : stores, '$.data', shape);
    },

    /** A store's entry is there but is no list. */
    notList(store: RecordStore, value: unknown) {
      lists.add(store);
      byStore[store].push({ path: childPath('$.data', store), code: 'notList', found: kindOf(value) });
    },

    /** Starts `store`'s list (records may follow). */
    list(store: RecordStore) {
      lists.add(store);
    },

    /** The record at `index` of `store`'s list, checked field by field; kept when usable. */
    record(store: RecordStore, index: number, value: unknown) {
      const place: RecordPlace = { store, index, path: childPath(childPath('$.data', store), index) };
      if (store === 'issues' && isObject(value) && typeof value.id === 'string') issueIds.add(value.id);
      const found: RecordProblem[] = [];
      if (!checkRecord(value, fields[store], place, found)) return void byStore[store].push(...found);
      const picked = pick<never>(value, fields[store]);
      // A file of the current version needs no upgrade step, only its keys remade: done here,
      // a record at a time, rather than for every record at the end.
      const current = version === BACKUP_VERSION;
      const record: never = current && store === 'items' ? (rekeyItem(picked) as never) : current && store === 'clips' ? (rekeyClip(picked) as never) : picked;
      usable[store].push({ record, path: place.path });
      if (store !== 'issues') return;
      const fault = publishedDateProblem(record);
      if (fault) dates.push(recordProblem(place, record, 'date', fault));
    },

    /** The settings' entry (`present` false when the file has none). */
    settings(present: boolean, raw: unknown) {
      settings = { present, raw };
    },

    /** Every problem found, or the data upgraded to the current schema. */
    finish(): BackupReading {
      return runSteps(finishSteps());
    },

    finishSteps,
  };
}

export type BackupCheck = ReturnType<typeof createBackupCheck>;
