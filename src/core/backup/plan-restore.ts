import { DEFAULT_SETTINGS, type Settings } from '../model';
import type { IssueRef } from '../next-issue';
import { runSteps, type Steps, stepCounter } from '../steps';
import type { BackupClip, BackupData, BackupIssue, BackupItem } from './backup-types';
import { mergeSteps, type RestoreConflict, type RestoreNote } from './merge-data';
import type { MergeOptions, NumberClash } from './merge-invariants';

/** Merge keeps what is here and adds the backup's; replace makes the data exactly the backup's. */
export type RestoreMode = 'merge' | 'replace';

export interface StoreChanges {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
}

/** What a restore does to the settings: a replace takes the backup's; a merge keeps those here. */
export interface SettingsRestore {
  /** False for a backup made before settings were backed up: it has none to restore. */
  inBackup: boolean;
  /** The settings whose values differ between here and the backup. */
  differ: (keyof Settings)[];
  /** Whether confirming writes the backup's settings (`put.settings`). */
  restored: boolean;
}

export interface RestorePlan {
  mode: RestoreMode;
  /** Records to write whole: new ones and changed ones; `settings` is null when they stay as they are. */
  put: BackupData;
  /** Keys of records to delete. */
  remove: { issues: string[]; items: string[]; clips: string[] };
  changes: { issues: StoreChanges; items: StoreChanges; clips: StoreChanges };
  conflicts: RestoreConflict[];
  notes: RestoreNote[];
  /** Published issues a merge found sharing a number, and whose it kept: shown in the preview. */
  numberClashes: NumberClash[];
  /** The empty draft a merge started because none was left; null when it did not. */
  startedDraft: IssueRef | null;
  settings: SettingsRestore;
}

/** Whether two records are equal field by field (plain records of strings and numbers). */
function equal(a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => left[key] === right[key]);
}

interface StoreDiff<T> {
  put: T[];
  remove: string[];
  changes: StoreChanges;
}

/** What turning `before` into `after` writes and deletes in one store, and the counts. */
function* diff<T extends object>(before: readonly T[], after: readonly T[], key: (record: T) => string): Steps<StoreDiff<T>> {
  const step = stepCounter();
  const old = new Map(before.map((record) => [key(record), record]));
  yield;
  const changes: StoreChanges = { added: 0, updated: 0, removed: 0, unchanged: 0 };
  const put: T[] = [];
  const kept = new Set<string>();
  for (const record of after) {
    if (step()) yield;
    const id = key(record);
    kept.add(id);
    const previous = old.get(id);
    if (!previous) changes.added++;
    else if (equal(previous, record)) {
      changes.unchanged++;
      continue;
    } else changes.updated++;
    put.push(record);
  }
  const remove = [...old.keys()].filter((id) => !kept.has(id));
  changes.removed = remove.length;
  return { put, remove, changes };
}

/** The settings whose values differ, named as `Settings` names them. */
function differingSettings(here: Settings, theirs: Settings): (keyof Settings)[] {
  const same = (key: keyof Settings) => {
    const [a, b] = [here[key], theirs[key]];
    return Array.isArray(a) && Array.isArray(b) ? [...a].sort().join('\n') === [...b].sort().join('\n') : a === b;
  };
  return (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).filter((key) => !same(key));
}

/**
 * What a restore will do to the data here: the writes, the deletions, counts for the preview,
 * and the conflicts a merge settled. The same plan is computed again inside the restore's own
 * transaction, so what is written always matches the data at that moment.
 */
export function planRestore(current: BackupData, backup: BackupData, mode: RestoreMode, options: MergeOptions = {}): RestorePlan {
  return runSteps(planRestoreSteps(current, backup, mode, options));
}

/** `planRestore`, yielding every few thousand records so a page (or a transaction's caller) can take its turn. */
export function* planRestoreSteps(current: BackupData, backup: BackupData, mode: RestoreMode, options: MergeOptions = {}): Steps<RestorePlan> {
  const merged =
    mode === 'replace' ? { data: backup, conflicts: [], notes: [], numberClashes: [], startedDraft: null } : yield* mergeSteps(current, backup, options);
  const issues = yield* diff<BackupIssue>(current.issues, merged.data.issues, (issue) => issue.id);
  const items = yield* diff<BackupItem>(current.items, merged.data.items, (item) => item.id);
  const clips = yield* diff<BackupClip>(current.clips, merged.data.clips, (clip) => clip.urlKey);
  const differ = backup.settings ? differingSettings(current.settings ?? DEFAULT_SETTINGS, backup.settings) : [];
  const restored = mode === 'replace' && differ.length > 0;
  return {
    mode,
    put: { issues: issues.put, items: items.put, clips: clips.put, settings: restored ? backup.settings : null },
    remove: { issues: issues.remove, items: items.remove, clips: clips.remove },
    changes: { issues: issues.changes, items: items.changes, clips: clips.changes },
    conflicts: merged.conflicts,
    notes: merged.notes,
    numberClashes: merged.numberClashes,
    startedDraft: merged.startedDraft,
    settings: { inBackup: backup.settings !== null, differ, restored },
  };
}
