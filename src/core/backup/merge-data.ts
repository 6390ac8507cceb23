import { byPosition } from '../by-position';
import { isPooled, sameClip, sameIssue, sameItem, sameItemContent } from '../model';
import type { IssueRef } from '../next-issue';
import { runSteps, type Steps, stepCounter } from '../steps';
import type { BackupData, BackupIssue, BackupItem } from './backup-types';
import { type MergeOptions, type NumberClash, oneIssuePerNumber, startDraftIfNone } from './merge-invariants';

/** Which record a conflict is about: the Backup section names it. */
export type ConflictSubject =
  /** An issue's number, date, headline or intro; `number` null for the draft. */
  | { code: 'issueFields'; number: number | null }
  /** A published issue held under another id on each side, kept or left out with its items. */
  | { code: 'wholeIssue'; number: number }
  | { code: 'item'; title: string }
  /** A half-written blurb, by its page's address (or its key when it has none). */
  | { code: 'clip'; page: string };

/** A record both sides hold in different versions, and which version the merge kept. */
export interface RestoreConflict {
  about: ConflictSubject;
  kept: 'backup' | 'current';
}

/** What a merge did beyond adding and updating by id, for the preview. */
export type RestoreNote =
  /** The backup's draft takes the place of the empty one here. */
  | { code: 'draftReplacesBlank'; number: number }
  /** The backup's draft had items the one here lacked: they join it at its end. */
  | { code: 'draftItemsAdded'; count: number };

export interface Merged {
  data: BackupData;
  conflicts: RestoreConflict[];
  notes: RestoreNote[];
  /** Published issues that ended up sharing a number, and whose was kept. */
  numberClashes: NumberClash[];
  /** Where a new empty draft was started because the merge left none; null when it did not. */
  startedDraft: IssueRef | null;
}

/** The newer of two versions of a record; this browser's on a tie. */
const newer = <T extends { updatedAt: number }>(current: T, backup: T): T => (backup.updatedAt > current.updatedAt ? backup : current);

const itemsOf = (items: Iterable<BackupItem>, issueId: string) => [...items].filter((item) => item.issueId === issueId).sort(byPosition);
const isBlankDraft = (issue: BackupIssue, items: Map<string, BackupItem>) =>
  issue.headline.trim() === '' && issue.intro.trim() === '' && itemsOf(items.values(), issue.id).length === 0;

/** `items` grouped by their issue, once: looking an issue's items up must not walk every item (13,300 issues × 88,600 items). */
function byIssue(items: Iterable<BackupItem>): Map<string, BackupItem[]> {
  const groups = new Map<string, BackupItem[]>();
  for (const item of items) {
    const group = groups.get(item.issueId);
    if (group) group.push(item);
    else groups.set(item.issueId, [item]);
  }
  return groups;
}

/** The published issues of `issues` by number, kept in step by `set`: finding one by number must not walk them all. */
function numberIndex(issues: Map<string, BackupIssue>) {
  const ids = new Map<number, Set<string>>();
  const add = (issue: BackupIssue) => {
    if (issue.status !== 'published') return;
    const group = ids.get(issue.number);
    if (group) group.add(issue.id);
    else ids.set(issue.number, new Set([issue.id]));
  };
  for (const issue of issues.values()) add(issue);
  return {
    set(issue: BackupIssue) {
      issues.set(issue.id, issue);
      add(issue);
    },
    /** The first published issue numbered `number`, as a walk of `issues` in order finds it. */
    published(number: number): BackupIssue | undefined {
      const found = [...(ids.get(number) ?? [])].map((id) => issues.get(id)).filter((issue) => issue?.status === 'published' && issue.number === number);
      if (found.length < 2) return found[0];
      const order = [...issues.keys()];
      return found.sort((a, b) => order.indexOf(a!.id) - order.indexOf(b!.id))[0];
    },
  };
}

/** Same number, date, words and links in the same order: the same published issue, imported twice. */
function sameIssueContent(a: BackupIssue, aItems: BackupItem[], b: BackupIssue, bItems: BackupItem[]): boolean {
  if (!sameIssue(a, b) || aItems.length !== bItems.length) return false;
  return aItems.every((item, i) => sameItemContent(item, bItems[i]!));
}

/**
 * Merges a backup into the data here: records matched by id, the newer `updatedAt` winning;
 * a published issue the other side holds under another id (the archive imported on both) matched
 * by number, whole; still one draft at the end (the backup's replaces a blank one here, or its
 * items join the draft here). Pure: the storage layer writes what this returns.
 */
export function mergeData(current: BackupData, backup: BackupData, options: MergeOptions = {}): Merged {
  return runSteps(mergeSteps(current, backup, options));
}

/** `mergeData`, yielding every few thousand records so a page can take its turn. */
export function* mergeSteps(current: BackupData, backup: BackupData, options: MergeOptions = {}): Steps<Merged> {
  const step = stepCounter();
  const conflicts: RestoreConflict[] = [];
  const notes: RestoreNote[] = [];
  const issues = new Map(current.issues.map((issue) => [issue.id, issue]));
  const items = new Map(current.items.map((item) => [item.id, item]));
  yield;
  /** Backup issues left out (this browser's copy kept): their items stay out too. */
  const leftOut = new Set<string>();
  const touched = new Set<string>();

  const numbers = numberIndex(issues);
  const currentItems = byIssue(current.items);
  yield;
  const backupItems = byIssue(backup.items);
  yield;
  for (const theirs of backup.issues) {
    if (step()) yield;
    const ours = issues.get(theirs.id) ?? (theirs.status === 'published' ? numbers.published(theirs.number) : undefined);
    if (!ours) {
      numbers.set(theirs);
      continue;
    }
    if (ours.id === theirs.id) {
      if (sameIssue(ours, theirs)) continue;
      const kept = newer(ours, theirs);
      numbers.set(kept);
      const number = ours.status === 'draft' ? null : ours.number;
      conflicts.push({ about: { code: 'issueFields', number }, kept: kept === theirs ? 'backup' : 'current' });
      continue;
    }
    // Only this browser's items are in `items` yet; those of an issue replaced before are gone.
    const oursItems = (currentItems.get(ours.id) ?? []).filter((item) => items.get(item.id) === item).sort(byPosition);
    if (sameIssueContent(ours, oursItems, theirs, [...(backupItems.get(theirs.id) ?? [])].sort(byPosition))) {
      leftOut.add(theirs.id);
    } else if (newer(ours, theirs) === theirs) {
      issues.delete(ours.id);
      for (const item of oursItems) items.delete(item.id);
      numbers.set(theirs);
      conflicts.push({ about: { code: 'wholeIssue', number: theirs.number }, kept: 'backup' });
    } else {
      leftOut.add(theirs.id);
      conflicts.push({ about: { code: 'wholeIssue', number: theirs.number }, kept: 'current' });
    }
  }

  yield;
  // Matching by id can still leave two issues with one number (a draft here, published there).
  const numberClashes = oneIssuePerNumber(new Map(current.issues.map((issue) => [issue.id, issue])), issues);
  yield;

  for (const theirs of backup.items) {
    if (step()) yield;
    if (leftOut.has(theirs.issueId)) continue;
    const ours = items.get(theirs.id);
    if (ours && sameItem(ours, theirs)) continue;
    const kept = ours ? newer(ours, theirs) : theirs;
    if (ours) conflicts.push({ about: { code: 'item', title: ours.title }, kept: kept === theirs ? 'backup' : 'current' });
    items.set(theirs.id, kept);
    // The pool is in no order: its positions are left as they are.
    if (!isPooled(kept)) touched.add(kept.issueId);
  }

  yield;
  oneDraft(current, issues, items, touched, conflicts, notes);
  const hadDraft = [...current.issues, ...backup.issues].some((issue) => issue.status === 'draft');
  const startedDraft = startDraftIfNone(issues, hadDraft, options);
  yield;
  // An item whose issue lost out above goes with it; the pool's links are in no issue.
  for (const [id, item] of items) {
    if (step()) yield;
    if (!issues.has(item.issueId) && !isPooled(item)) items.delete(id);
  }
  const merged = byIssue(items.values());
  yield;
  for (const issueId of touched) {
    if (step()) yield;
    [...(merged.get(issueId) ?? [])].sort(byPosition).forEach((item, position) => {
      if (item.position !== position) items.set(item.id, { ...item, position });
    });
  }

  yield;
  const clips = new Map(current.clips.map((clip) => [clip.urlKey, clip]));
  for (const theirs of backup.clips) {
    if (step()) yield;
    const ours = clips.get(theirs.urlKey);
    if (ours && sameClip(ours, theirs)) continue;
    const kept = ours ? newer(ours, theirs) : theirs;
    if (ours) conflicts.push({ about: { code: 'clip', page: theirs.url || theirs.urlKey }, kept: kept === theirs ? 'backup' : 'current' });
    clips.set(theirs.urlKey, kept);
  }
  // A merge keeps this browser's settings (a restore plan says so); only "Replace" takes the backup's.
  return {
    data: { issues: [...issues.values()], items: [...items.values()], clips: [...clips.values()], settings: current.settings },
    conflicts,
    notes,
    numberClashes,
    startedDraft,
  };
}

/** Two drafts after merging by id (one from each side, different ids): end with one. */
function oneDraft(
  current: BackupData,
  issues: Map<string, BackupIssue>,
  items: Map<string, BackupItem>,
  touched: Set<string>,
  conflicts: RestoreConflict[],
  notes: RestoreNote[],
) {
  const drafts = [...issues.values()].filter((issue) => issue.status === 'draft');
  if (drafts.length < 2) return;
  const currentIds = new Set(current.issues.map((issue) => issue.id));
  const ours = drafts.find((draft) => currentIds.has(draft.id)) ?? drafts[0]!;
  const theirs = drafts.find((draft) => draft !== ours)!;
  if (isBlankDraft(ours, items)) {
    issues.delete(ours.id);
    notes.push({ code: 'draftReplacesBlank', number: theirs.number });
    return;
  }
  if (isBlankDraft(theirs, items)) {
    issues.delete(theirs.id);
    return;
  }
  const fields = newer(ours, theirs);
  if (!sameIssue(ours, theirs)) conflicts.push({ about: { code: 'issueFields', number: null }, kept: fields === theirs ? 'backup' : 'current' });
  issues.set(ours.id, { ...fields, id: ours.id, createdAt: ours.createdAt });
  issues.delete(theirs.id);
  const offset = itemsOf(items.values(), ours.id).length;
  const moved = itemsOf(items.values(), theirs.id);
  for (const [i, item] of moved.entries()) items.set(item.id, { ...item, issueId: ours.id, position: offset + i });
  touched.add(ours.id);
  notes.push({ code: 'draftItemsAdded', count: moved.length });
}
