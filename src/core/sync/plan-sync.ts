import { byPosition } from '../by-position';
import { parseIssue } from '../kubelist';
import { ISSUE_FIELDS, type IssueRecord, ITEM_FIELDS, type ItemRecord, isPooled } from '../model';
import { fieldValue } from '../model/field';
import { issueTexts } from './issue-texts';
import { issueFileNamed, issuePath } from './layout';
import { type FieldConflict, mergeRecords } from './merge-records';
import { NEWSLETTER_SETTINGS, type NewsletterSettings } from './newsletter-settings';
import type { SyncState } from './repository-state';

/** What a sync set aside for the curator to take back: a field, an issue file or a setting both sides changed. */
export type SyncConflict =
  /** `label` names the record for the curator: the item's title, the draft's headline. */
  | ({ kind: 'draft' | 'item'; label: string } & FieldConflict)
  | { kind: 'issueFile'; number: number; setAside: string }
  /** A newsletter setting changed on both sides: the repository's value is kept. */
  | { kind: 'setting'; field: string; setAside: unknown; kept: unknown };

export type SyncPlan =
  /** `renamed`: how many of the repository's issue files the plan moves to the file-name pattern's names. */
  | { ok: true; state: SyncState; conflicts: SyncConflict[]; renamed: number }
  /** Both sides published the same number since the last sync: nothing is written anywhere. */
  | { ok: false; code: 'publishedElsewhere'; number: number };

const mapOf = <R extends { id: string }>(records: readonly (R | null)[]) => new Map(records.filter((r): r is R => r !== null).map((r) => [r.id, r]));

/**
 * The state both sides should have after a sync: `local` and `remote` merged against `base`, the
 * state of the last sync (EMPTY_STATE before the first). Pure, and the same on every client:
 * two clients that merge each other's changes reach the same state.
 */
export function planSync(base: SyncState, local: SyncState, remote: SyncState): SyncPlan {
  const files = mergeIssueFiles(issueTexts(base), issueTexts(local), issueTexts(remote));
  if ('number' in files) return { ok: false, code: 'publishedElsewhere', number: files.number };
  const conflicts: SyncConflict[] = files.conflicts;

  const drafts = mergeRecords(ISSUE_FIELDS, mapOf([base.draft]), mapOf([local.draft]), mapOf([remote.draft]));
  conflicts.push(...drafts.conflicts.map((c) => ({ kind: 'draft' as const, label: drafts.records.find((d) => d.id === c.id)?.headline ?? '', ...c })));
  const draft = oneDraft(drafts.records, remote.draft, local.draft, conflicts);

  // The draft's items and the pool's, merged as one set: a link moved from the pool into the
  // issue on one side (its issueId changed) is one record changed, not one deleted and one added.
  const all = (state: SyncState) => mapOf([...state.items, ...state.pool]);
  const items = mergeRecords(ITEM_FIELDS, all(base), all(local), all(remote));
  conflicts.push(...items.conflicts.map((c) => ({ kind: 'item' as const, label: items.records.find((i) => i.id === c.id)?.title ?? '', ...c })));
  const pool = items.records.filter(isPooled);
  const newsletter = mergeNewsletter(base.newsletter, local.newsletter, remote.newsletter, conflicts);
  const issueFiles = namedIssueFiles(files.merged, newsletter.fileNamePattern, [local, remote, base]);
  return {
    ok: true,
    state: {
      draft,
      items: draftItems(
        items.records.filter((item) => !isPooled(item)),
        draft,
      ),
      pool,
      issueFiles,
      newsletter,
    },
    conflicts,
    renamed: [...remote.issueFiles.keys()].filter((path) => !issueFiles.has(path)).length,
  };
}

/**
 * One draft at a time: when both sides have their own (two computers set up apart, or the other
 * side published and began the next issue), the repository's goes on, and what this side wrote
 * in its own is set aside field by field. Its items are not lost: they join the draft that goes on.
 */
function oneDraft(drafts: IssueRecord[], remote: IssueRecord | null, local: IssueRecord | null, conflicts: SyncConflict[]): IssueRecord | null {
  if (drafts.length <= 1) return drafts[0] ?? null;
  const kept = drafts.find((d) => d.id === remote?.id) ?? drafts[0]!;
  for (const other of drafts.filter((d) => d !== kept)) {
    for (const [name, field] of Object.entries(ISSUE_FIELDS)) {
      if (field.role !== 'content') continue;
      const mine = fieldValue(ISSUE_FIELDS, other, name);
      const theirs = fieldValue(ISSUE_FIELDS, kept, name);
      if (mine !== theirs && mine !== '') {
        conflicts.push({
          kind: 'draft',
          label: String(theirs === '' ? mine : fieldValue(ISSUE_FIELDS, kept, 'headline')),
          id: other.id,
          field: name,
          setAsideFrom: other.id === local?.id ? 'local' : 'remote',
          setAside: mine,
          kept: theirs,
        });
      }
    }
  }
  return kept;
}

/** Every item in the draft that goes on, in one order every client agrees on, numbered densely. */
function draftItems(items: ItemRecord[], draft: IssueRecord | null): ItemRecord[] {
  const issueId = draft?.id;
  return [...items]
    .sort(byPosition)
    .map((item, position) =>
      item.position === position && (issueId === undefined || item.issueId === issueId) ? item : { ...item, position, issueId: issueId ?? item.issueId },
    );
}

/**
 * Issue files, number by number (a file renamed under another pattern is the same issue): a
 * change on one side wins; both sides added the same number with different text → stop (a
 * co-curator published that number first); both edited one issue → the repository's text, this
 * side's set aside. A file deleted from the repository while this side still has the issue is
 * written again: an archive is never shrunk by a sync.
 */
function mergeIssueFiles(
  base: ReadonlyMap<number, string>,
  local: ReadonlyMap<number, string>,
  remote: ReadonlyMap<number, string>,
): { merged: Map<number, string>; conflicts: SyncConflict[] } | { number: number } {
  const merged = new Map<number, string>();
  const conflicts: SyncConflict[] = [];
  for (const number of [...new Set([...base.keys(), ...local.keys(), ...remote.keys()])].sort((a, b) => a - b)) {
    const was = base.get(number);
    const mine = local.get(number);
    const theirs = remote.get(number);
    let text: string | undefined;
    if (mine === theirs || theirs === was) text = mine ?? theirs;
    else if (mine === was) text = theirs ?? mine;
    else if (mine === undefined) text = theirs;
    else if (was === undefined && theirs !== undefined) return { number };
    else {
      text = theirs ?? mine;
      if (theirs !== undefined) conflicts.push({ kind: 'issueFile', number, setAside: mine });
    }
    if (text !== undefined) merged.set(number, text);
  }
  return { merged, conflicts };
}

/**
 * The merged issues under the merged file-name pattern. `{date}` is the issue's date: read from
 * the name a side gave the same text when its pattern has the date, else from the text itself
 * (once, when the files move to a pattern with the date).
 */
function namedIssueFiles(texts: ReadonlyMap<number, string>, pattern: string, sides: readonly SyncState[]): Map<string, string> {
  const files = new Map<string, string>();
  if (issuePath(1, pattern, '2000-01-01') === issuePath(1, pattern, '')) {
    for (const [number, text] of texts) files.set(issuePath(number, pattern), text);
    return files;
  }
  const dates = new Map<string, string>();
  for (const side of sides) {
    for (const [path, text] of side.issueFiles) {
      const date = issueFileNamed(path, side.newsletter.fileNamePattern)?.date;
      if (date && !dates.has(text)) dates.set(text, date);
    }
  }
  for (const [number, text] of texts) files.set(issuePath(number, pattern, dates.get(text) ?? parseIssue(text).issue.date), text);
  return files;
}

/** Settings are JSON values read in their fields' order (the templates are a list), so equal values write the same text. */
const sameSetting = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The newsletter's settings, one by one: a change on one side wins; both changed one → the repository's, this side's set aside. */
function mergeNewsletter(base: NewsletterSettings, local: NewsletterSettings, remote: NewsletterSettings, conflicts: SyncConflict[]): NewsletterSettings {
  const merged = { ...remote };
  for (const name of NEWSLETTER_SETTINGS) {
    const [was, mine, theirs] = [base[name], local[name], remote[name]];
    if (sameSetting(mine, theirs) || sameSetting(theirs, was)) (merged as Record<string, unknown>)[name] = mine;
    else if (!sameSetting(mine, was)) conflicts.push({ kind: 'setting', field: name, setAside: mine, kept: theirs });
  }
  return merged;
}
