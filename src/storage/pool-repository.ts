import { byPosition } from '../core/by-position';
import { ITEM_FIELDS, type ItemRecord, isPooled, newItem, POOL_ISSUE_ID, poolCutoff, refuseInvalid } from '../core/model';
import { itemMatcher, matchedFields } from '../core/search';
import { notifyChanged } from './change-feed';
import { committed } from './committed';
import { draftIn, type ItemFields } from './draft-repository';
import type { CuratorDatabase } from './open-db';
import { loadSettings } from './settings-repository';

/** Where a page of the pool ended: the next page starts after this link. */
export interface PoolCursor {
  addedAt: number;
  id: string;
}

export interface PoolQuery {
  /** Newest first (the default) or oldest first, by when each link was collected. */
  newestFirst?: boolean;
  /** Words the links must hold (title, blurb or URL), as search reads them; empty for every link. */
  query?: string;
  /** Where the page before ended; absent for the first page. */
  after?: PoolCursor | null;
  limit?: number;
}

export interface PoolPage {
  links: ItemRecord[];
  /** Where the next page starts; null when this page is the last. */
  next: PoolCursor | null;
}

/** Links in a page of the pool, unless asked for another number. */
export const POOL_PAGE = 50;

const everyLink = () => IDBKeyRange.bound([POOL_ISSUE_ID, -Infinity], [POOL_ISSUE_ID, Infinity]);

/** Puts a link in the pool of collected links, in no issue yet, stamped with the curator's name; returns the stored record. */
export async function saveForLater(db: CuratorDatabase, fields: ItemFields, now = Date.now()): Promise<ItemRecord> {
  refuseInvalid('item', ITEM_FIELDS, fields);
  const { yourName } = await loadSettings(db);
  const record = newItem({ addedBy: yourName, ...fields, id: crypto.randomUUID(), issueId: POOL_ISSUE_ID, position: 0, now });
  const tx = db.transaction('items', 'readwrite');
  await committed(tx, () => tx.store.add(record));
  notifyChanged();
  return record;
}

/**
 * A page of the pool, by when each link was collected, read with a cursor over the pool's own
 * index range: a page of a 1,000-link pool reads a page of records (more when a query skips some).
 */
export async function listPool(db: CuratorDatabase, options: PoolQuery = {}): Promise<PoolPage> {
  const { newestFirst = true, query = '', after = null, limit = POOL_PAGE } = options;
  const matcher = itemMatcher(query);
  const range = after
    ? newestFirst
      ? IDBKeyRange.bound([POOL_ISSUE_ID, -Infinity], [POOL_ISSUE_ID, after.addedAt])
      : IDBKeyRange.bound([POOL_ISSUE_ID, after.addedAt], [POOL_ISSUE_ID, Infinity])
    : everyLink();
  // Links collected in the same millisecond come in id order (reversed when newest first).
  const before = (link: ItemRecord) => after !== null && link.addedAt === after.addedAt && (newestFirst ? link.id >= after.id : link.id <= after.id);
  const links: ItemRecord[] = [];
  let more = false;
  const tx = db.transaction('items', 'readonly');
  let cursor = await tx.store.index('by-issue-added').openCursor(range, newestFirst ? 'prev' : 'next');
  for (; cursor; cursor = await cursor.continue()) {
    const link = cursor.value;
    if (before(link) || (matcher && matchedFields(link, matcher).length === 0)) continue;
    if (links.length === limit) {
      more = true;
      break;
    }
    links.push(link);
  }
  await tx.done;
  const last = links.at(-1);
  return { links, next: more && last ? { addedAt: last.addedAt, id: last.id } : null };
}

/** How many links the pool holds. */
export async function countPool(db: CuratorDatabase): Promise<number> {
  return db.countFromIndex('items', 'by-issue', POOL_ISSUE_ID);
}

/**
 * Moves pooled links into the draft, in the order given, at `position` (by default at the end,
 * before the recurring last slot). The draft's items are renumbered in the same transaction.
 * Returns the links moved (an id no longer in the pool is passed over).
 */
export async function addPooledToDraft(db: CuratorDatabase, ids: readonly string[], position?: number, now = Date.now()): Promise<ItemRecord[]> {
  const slot = (await loadSettings(db)).recurringSlot.trim().toLowerCase();
  const tx = db.transaction(['issues', 'items'], 'readwrite');
  const moved = await committed(tx, async () => {
    const issue = await draftIn(tx, now);
    const items = tx.objectStore('items');
    const siblings = (await items.index('by-issue').getAll(issue.id)).sort(byPosition);
    const found = await Promise.all(ids.map((id) => items.get(id)));
    const pooled = found.filter((item): item is ItemRecord => item !== undefined && isPooled(item));
    const last = siblings.at(-1);
    const pinned = slot !== '' && last !== undefined && last.title.trim().toLowerCase() === slot;
    const end = pinned ? siblings.length - 1 : siblings.length;
    const at = position === undefined ? end : Math.max(0, Math.min(position, siblings.length));
    const joined = pooled.map((item) => ({ ...item, issueId: issue.id, updatedAt: now }));
    const ordered = [...siblings.slice(0, at), ...joined, ...siblings.slice(at)];
    const joinedIds = new Set(joined.map((item) => item.id));
    await Promise.all(ordered.map((item, index) => (item.position === index && !joinedIds.has(item.id) ? undefined : items.put({ ...item, position: index }))));
    return joined.map((item) => ({ ...item, position: ordered.indexOf(item) }));
  });
  if (moved.length > 0) notifyChanged();
  return moved;
}

/**
 * Takes an item out of the draft and back to the pool, with its words and when it was collected;
 * the draft's other items close up. False when it is not a draft item (published issues keep theirs).
 */
export async function returnItemToPool(db: CuratorDatabase, itemId: string, now = Date.now()): Promise<boolean> {
  const tx = db.transaction(['issues', 'items'], 'readwrite');
  const done = await committed(tx, async () => {
    const items = tx.objectStore('items');
    const item = await items.get(itemId);
    if (!item || isPooled(item)) return false;
    const issue = await tx.objectStore('issues').get(item.issueId);
    if (issue?.status !== 'draft') return false;
    await items.put({ ...item, issueId: POOL_ISSUE_ID, position: 0, updatedAt: now });
    const rest = (await items.index('by-issue').getAll(issue.id)).sort(byPosition);
    await Promise.all(rest.map((sibling, index) => (sibling.position === index ? undefined : items.put({ ...sibling, position: index }))));
    return true;
  });
  if (done) notifyChanged();
  return done;
}

/** Deletes pooled links; returns the records deleted, exactly as they were, for Undo (`restorePooled`). */
export async function discardPooled(db: CuratorDatabase, ids: readonly string[]): Promise<ItemRecord[]> {
  const tx = db.transaction('items', 'readwrite');
  const discarded = await committed(tx, async () => {
    const found = await Promise.all(ids.map((id) => tx.store.get(id)));
    const pooled = found.filter((item): item is ItemRecord => item !== undefined && isPooled(item));
    await Promise.all(pooled.map((item) => tx.store.delete(item.id)));
    return pooled;
  });
  if (discarded.length > 0) notifyChanged();
  return discarded;
}

/** Undoes `discardPooled`: the links go back to the pool exactly as they were. */
export async function restorePooled(db: CuratorDatabase, records: readonly ItemRecord[]): Promise<void> {
  const pooled = records.filter(isPooled);
  for (const record of pooled) refuseInvalid('item', ITEM_FIELDS, record);
  const tx = db.transaction('items', 'readwrite');
  await committed(tx, () => Promise.all(pooled.map((record) => tx.store.put(record))));
  if (pooled.length > 0) notifyChanged();
}

/** Ids of the pooled links collected more than `weeks` weeks before `now`, oldest first: what the pool offers to clear. */
export async function poolOlderThan(db: CuratorDatabase, weeks: number, now = Date.now()): Promise<string[]> {
  const range = IDBKeyRange.bound([POOL_ISSUE_ID, -Infinity], [POOL_ISSUE_ID, poolCutoff(weeks, now)], false, true);
  return db.getAllKeysFromIndex('items', 'by-issue-added', range);
}
