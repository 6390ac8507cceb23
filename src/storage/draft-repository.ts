import type { IDBPTransaction } from 'idb';
import { byPosition } from '../core/by-position';
import { urlKey } from '../core/cleanup';
import { nextIssueDate, toIsoDate } from '../core/dates';
import type { Issue, IssueItem } from '../core/issue';
import { MAX_ISSUE_NUMBER } from '../core/issue-rules';
import { ISSUE_FIELDS, type IssueContent, ITEM_FIELDS, type NewItemContent, newDraftIssue, newItem, refuseInvalid } from '../core/model';
import { fieldValue } from '../core/model/field';
import { moveInList } from '../core/move-in-list';
import { type IssueRef, nextIssue } from '../core/next-issue';
import { notifyChanged } from './change-feed';
import { committed } from './committed';
import type { CuratorDatabase } from './open-db';
import type { CuratorDb, IssueRecord, ItemRecord } from './schema';
import { loadSettings } from './settings-repository';

/** The draft issue with its items in order. */
export interface Draft {
  issue: IssueRecord;
  items: ItemRecord[];
}

/** What the editor changes of an issue: the model's content fields. */
export type IssueFields = IssueContent;
/** What a new item is made from (content fields with a fallback may be left out). */
export type ItemFields = NewItemContent;

/**
 * Where a new draft goes: after the archive (next number, dated after every archived issue), or
 * #1 this issue day for a brand-new newsletter. Past the highest number the rules allow, the
 * highest again, undated: the editor flags the clash and the curator picks.
 */
function newDraftPlace(archive: readonly IssueRef[], now: number): IssueRef {
  if (archive.length === 0) return { number: 1, date: nextIssueDate(new Date(now)) };
  const next = nextIssue(archive, undefined, toIsoDate(new Date(now)));
  return next ?? { number: Math.min(MAX_ISSUE_NUMBER, Math.max(...archive.map((issue) => issue.number)) + 1), date: '' };
}

export type DraftTx = IDBPTransaction<CuratorDb, ('issues' | 'items')[], 'readwrite'>;

/** The draft issue record, created inside `tx` when there is none. */
export async function draftIn(tx: DraftTx, now: number): Promise<IssueRecord> {
  const issues = tx.objectStore('issues');
  const existing = await issues.index('by-status').get('draft');
  if (existing) return existing;
  const issue = newDraftIssue(crypto.randomUUID(), newDraftPlace(await issues.index('by-status').getAll('published'), now), now);
  await issues.add(issue);
  return issue;
}

/**
 * The current draft and its items, creating an empty draft when there is none.
 * One readwrite transaction, so two pages opening at once still end with one draft.
 */
export async function loadDraft(db: CuratorDatabase, now = Date.now()): Promise<Draft> {
  const tx = db.transaction(['issues', 'items'], 'readwrite');
  const issue = await draftIn(tx, now);
  const items = await tx.objectStore('items').index('by-issue').getAll(issue.id);
  await tx.done;
  return { issue, items: items.sort(byPosition) };
}

/** Appends an item to the draft (stamped with the curator's name unless `fields` say who added it) and returns the stored record; a field that fails the model's check is refused (`RecordRefusedError`). */
export async function addItem(db: CuratorDatabase, fields: ItemFields, now = Date.now()): Promise<ItemRecord> {
  refuseInvalid('item', ITEM_FIELDS, fields);
  const settings = await loadSettings(db);
  // The recurring last slot ("Tweet of the week") stays last: new items go in before it.
  const slot = settings.recurringSlot.trim().toLowerCase();
  const tx = db.transaction(['issues', 'items'], 'readwrite');
  const issue = await draftIn(tx, now);
  const items = tx.objectStore('items');
  const siblings = (await items.index('by-issue').getAll(issue.id)).sort(byPosition);
  const last = siblings.at(-1);
  const pinned = slot !== '' && last !== undefined && last.title.trim().toLowerCase() === slot && fields.title.trim().toLowerCase() !== slot;
  const end = last ? last.position + 1 : 0;
  const position = pinned ? last.position : end;
  if (pinned) await items.put({ ...last, position: end });
  // An item put back by Undo keeps who added it; a new one is this curator's.
  const record = newItem({ addedBy: settings.yourName, ...fields, id: crypto.randomUUID(), issueId: issue.id, position, now });
  await items.add(record);
  await tx.done;
  notifyChanged();
  return record;
}

/**
 * Changes some of an item's fields, in one read-modify-write transaction; false when the item no
 * longer exists. A field that fails the model's check is refused (`RecordRefusedError`), nothing written.
 */
export async function updateItem(db: CuratorDatabase, id: string, patch: Partial<ItemFields>, now = Date.now()): Promise<boolean> {
  refuseInvalid('item', ITEM_FIELDS, patch);
  const { yourName } = await loadSettings(db);
  const tx = db.transaction('items', 'readwrite');
  const item = await tx.store.get(id);
  if (item) {
    const url = patch.url ?? item.url;
    // A change of the words is this curator's, shown on the item and synced with it.
    const changed = changesWords(item, patch) ? { changedBy: yourName, changedAt: now } : {};
    await tx.store.put({ ...item, ...patch, ...changed, urlKey: urlKey(url), updatedAt: now });
  }
  await tx.done;
  if (item) notifyChanged();
  return item !== undefined;
}

const changesWords = (item: ItemRecord, patch: Partial<ItemFields>) =>
  Object.entries(patch).some(
    ([name, value]) => ITEM_FIELDS[name as keyof typeof ITEM_FIELDS]?.role === 'content' && value !== fieldValue(ITEM_FIELDS, item, name),
  );

/** Removes an item from its issue. */
export async function deleteItem(db: CuratorDatabase, id: string): Promise<void> {
  const tx = db.transaction('items', 'readwrite');
  await tx.store.delete(id);
  await tx.done;
  notifyChanged();
}

/**
 * Moves an item to `toIndex` within its issue, renumbering every position in one transaction.
 * With `section`, the item goes into that section ('' for none) in the same transaction, so it
 * is never left in its new section at its old place.
 */
export async function moveItem(db: CuratorDatabase, id: string, toIndex: number, section?: string, now = Date.now()): Promise<void> {
  if (section !== undefined) refuseInvalid('item', ITEM_FIELDS, { section });
  const yourName = section === undefined ? '' : (await loadSettings(db)).yourName;
  const tx = db.transaction('items', 'readwrite');
  await committed(tx, async () => {
    const item = await tx.store.get(id);
    if (!item) return;
    const siblings = (await tx.store.index('by-issue').getAll(item.issueId)).sort(byPosition);
    const from = siblings.findIndex((s) => s.id === id);
    const ordered = moveInList(siblings, from, toIndex);
    const into = section !== undefined && changesWords(item, { section }) ? { section, changedBy: yourName, changedAt: now, updatedAt: now } : null;
    await Promise.all(
      ordered.map((s, position) => {
        const patch = s.id === id ? into : null;
        return s.position === position && !patch ? undefined : tx.store.put({ ...s, ...patch, position });
      }),
    );
  });
  notifyChanged();
}

/**
 * Changes some of an issue's own fields (read, patched and written in one transaction, so a
 * field another page wrote meanwhile is kept); false when the issue no longer exists. A field
 * that fails the model's check is refused (`RecordRefusedError`), nothing written.
 */
export async function updateDraft(db: CuratorDatabase, issueId: string, patch: Partial<IssueFields>, now = Date.now()): Promise<boolean> {
  refuseInvalid('issue', ISSUE_FIELDS, patch);
  const tx = db.transaction('issues', 'readwrite');
  const issue = await tx.store.get(issueId);
  if (issue) await tx.store.put({ ...issue, ...patch, updatedAt: now });
  await tx.done;
  if (issue) notifyChanged();
  return issue !== undefined;
}

/** The draft as plain issue content, ready for the formatter. */
export function draftToIssue({ issue, items }: Draft): Issue {
  const toItem = ({ title, url, commentary, section }: ItemRecord): IssueItem => ({ title, url, commentary, ...(section ? { section } : {}) });
  return {
    number: issue.number,
    date: issue.date,
    headline: issue.headline,
    intro: issue.intro,
    items: items.map(toItem),
  };
}

/** How many items the draft holds (for the toolbar badge). */
export async function draftItemCount(db: CuratorDatabase): Promise<number> {
  const tx = db.transaction(['issues', 'items'], 'readonly');
  const draft = await tx.objectStore('issues').index('by-status').get('draft');
  const count = draft ? await tx.objectStore('items').index('by-issue').count(draft.id) : 0;
  await tx.done;
  return count;
}
