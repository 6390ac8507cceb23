import { errorMessage } from '../error-message';
import { type CheckProblem, readSettings, SETTINGS_FIELDS, type SettingName, type Settings } from '../model';
import { type Got, got, kindOf } from '../model/value-kind';
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
import { findRecordClashes } from './record-clashes';
import { findUnsafeKeys } from './unsafe-keys';
import { type OlderBackupData, upgradeBackup } from './upgrade-backup';

/** A backup of ten years of issues is a few megabytes; anything this large is not one. */
export const MAX_BACKUP_CHARS = 64 * 1024 * 1024;
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
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(problems: BackupProblem[]): BackupReading {
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

/** Checks every record of one store; returns the ones that can be used. */
function readRecords<T>(data: Json, store: RecordStore, fields: Fields, problems: BackupProblem[]): { record: T; place: RecordPlace }[] {
  const path = childPath('$.data', store);
  const list = data[store];
  if (!Array.isArray(list)) {
    problems.push(Object.hasOwn(data, store) ? { path, code: 'notList', found: kindOf(list) } : { path, code: 'missing' });
    return [];
  }
  return list.flatMap((value, index) => {
    const place = { store, index, path: childPath(path, index) };
    const found: RecordProblem[] = [];
    const usable = checkRecord(value, fields, place, found);
    problems.push(...found);
    return usable ? [{ record: pick<T>(value, fields), place }] : [];
  });
}

/**
 * The backup's settings, field by field (`readSettings`): a setting that can't be used never
 * refuses the file; its default takes its place and the problem is listed. Null when the file
 * holds none usable at all: then the settings here stay.
 */
function readBackupSettings(data: Json, problems: BackupSettingsProblem[]): Settings | null {
  const path = '$.data.settings';
  const raw = data.settings;
  if (!isObject(raw)) {
    problems.push(Object.hasOwn(data, 'settings') ? { path, code: 'settingsNotObject', got: kindOf(raw) } : { path, code: 'settingsMissing' });
    return null;
  }
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(SETTINGS_FIELDS, key)) problems.push({ path: childPath(path, key), code: 'notASetting' });
  }
  const { settings, problems: unusable } = readSettings(raw);
  problems.push(...unusable.map(({ setting, problem }) => ({ path: childPath(path, setting), code: 'unusable' as const, setting, problem })));
  return settings;
}

/**
 * Reads a backup file WHOLE before anything may be written: JSON, shape, types, safe URLs, no
 * prototype keys, ids that agree with each other, a version this extension knows. Either every
 * problem with its JSON path, or the data upgraded to the current schema.
 */
export function readBackup(text: string): BackupReading {
  if (text.length > MAX_BACKUP_CHARS) return fail([{ path: '$', code: 'tooLarge' }]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail([{ path: '$', code: 'notJson', detail: errorMessage(error) }]);
  }
  const problems = findUnsafeKeys(raw);
  const version = readEnvelope(raw, problems);
  if (version === null) return fail(problems);
  const envelope = raw as Json;
  const data = envelope.data;
  if (!isObject(data)) {
    problems.push(Object.hasOwn(envelope, 'data') ? { path: '$.data', code: 'notObject', found: kindOf(data) } : { path: '$.data', code: 'missing' });
    return fail(problems);
  }
  const stores = version >= 3 ? ['issues', 'items', 'clips'] : ['issues', 'items'];
  unexpectedKeys(data, version >= 5 ? [...stores, 'settings'] : stores, '$.data', problems);
  const issues = readRecords<OlderBackupData['issues'][number]>(data, 'issues', ISSUE_FIELDS, problems);
  const items = readRecords<OlderBackupData['items'][number]>(data, 'items', itemFields(version), problems);
  const clips = version >= 3 ? readRecords<NonNullable<OlderBackupData['clips']>[number]>(data, 'clips', CLIP_FIELDS, problems) : [];
  const issueIds = new Set(
    (Array.isArray(data.issues) ? data.issues : [])
      .map((issue: unknown) => (isObject(issue) ? issue.id : null))
      .filter((id): id is string => typeof id === 'string'),
  );
  for (const { record, place } of issues) {
    const fault = publishedDateProblem(record);
    if (fault) problems.push(recordProblem(place, record, 'date', fault));
  }
  const at = <T>(records: { record: T; place: RecordPlace }[]) => records.map(({ record, place }) => ({ record, path: place.path }));
  problems.push(...findRecordClashes(at(issues), at(items), at(clips), issueIds));
  if (problems.length > 0) return fail(problems);
  const older: OlderBackupData = { issues: issues.map((r) => r.record), items: items.map((r) => r.record) };
  if (version >= 3) older.clips = clips.map((r) => r.record);
  const settingsProblems: BackupSettingsProblem[] = [];
  if (version >= 5) older.settings = readBackupSettings(data, settingsProblems);
  const upgraded = upgradeBackup(older, version);
  if (!upgraded) return fail([{ path: '$.schemaVersion', code: 'noUpgrade', version }]);
  const file: BackupFile = { format: BACKUP_FORMAT, schemaVersion: BACKUP_VERSION, exportedAt: envelope.exportedAt as string, data: upgraded };
  return { ok: true, file, fromVersion: version, settingsProblems };
}
