import { describe, expect, it } from 'vitest';
import { archiveStats, type StatsIssue } from '../../../src/core/archive-stats';
import { byPosition } from '../../../src/core/by-position';
import { POOL_ISSUE_ID } from '../../../src/core/model';
import {
  addItem,
  addPooledToDraft,
  type CuratorDatabase,
  countArchive,
  countPool,
  discardPooled,
  draftItemCount,
  findFeatured,
  importIssues,
  listPool,
  loadArchiveStats,
  loadDraft,
  openCuratorDb,
  poolOlderThan,
  publishDraft,
  restorePooled,
  returnItemToPool,
  saveForLater,
  updateDraft,
} from '../../../src/storage';

let dbCount = 0;
const freshDb = () => openCuratorDb(`pool-${++dbCount}`);
const link = (n: number) => ({ title: `Link ${n}`, url: `https://example.com/${n}`, commentary: `Blurb ${n} 🔊` });
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30, 9);
const titles = (items: readonly { title: string }[]) => items.map((item) => item.title);

/** Saves links 1..n for later, link n collected n minutes after NOW. */
async function savePool(db: CuratorDatabase, n: number) {
  const saved = [];
  for (let i = 1; i <= n; i++) saved.push(await saveForLater(db, link(i), NOW + i * 60_000));
  return saved;
}

async function publishWith(db: CuratorDatabase, number: number, date: string) {
  const { issue } = await loadDraft(db);
  await updateDraft(db, issue.id, { number, date });
  return publishDraft(db);
}

describe('the pool of collected links', () => {
  it('holds a saved link under the reserved issue id, in no issue and not in the draft', async () => {
    const db = await freshDb();
    const record = await saveForLater(db, link(1), NOW);
    expect(record).toMatchObject({ issueId: POOL_ISSUE_ID, title: 'Link 1', urlKey: 'example.com/1', addedAt: NOW, note: '' });
    expect(await db.get('issues', POOL_ISSUE_ID)).toBeUndefined();
    expect((await loadDraft(db)).items).toEqual([]);
    expect(await draftItemCount(db)).toBe(0);
    expect(await countPool(db)).toBe(1);
  });

  it('lists newest first a page at a time, and oldest first when asked', async () => {
    const db = await freshDb();
    await savePool(db, 5);
    const first = await listPool(db, { limit: 2 });
    expect(titles(first.links)).toEqual(['Link 5', 'Link 4']);
    const second = await listPool(db, { limit: 2, after: first.next });
    expect(titles(second.links)).toEqual(['Link 3', 'Link 2']);
    const last = await listPool(db, { limit: 2, after: second.next });
    expect(titles(last.links)).toEqual(['Link 1']);
    expect(last.next).toBeNull();
    expect(titles((await listPool(db, { newestFirst: false, limit: 3 })).links)).toEqual(['Link 1', 'Link 2', 'Link 3']);
  });

  it('pages through links collected in the same millisecond without losing or repeating one', async () => {
    const db = await freshDb();
    for (let i = 1; i <= 5; i++) await saveForLater(db, link(i), NOW);
    const seen: string[] = [];
    let page = await listPool(db, { limit: 2 });
    seen.push(...titles(page.links));
    while (page.next) {
      page = await listPool(db, { limit: 2, after: page.next });
      seen.push(...titles(page.links));
    }
    expect(seen.sort()).toEqual(['Link 1', 'Link 2', 'Link 3', 'Link 4', 'Link 5']);
    const forward: string[] = [];
    page = await listPool(db, { newestFirst: false, limit: 3 });
    forward.push(...titles(page.links));
    page = await listPool(db, { newestFirst: false, limit: 3, after: page.next });
    forward.push(...titles(page.links));
    expect(forward.sort()).toEqual(['Link 1', 'Link 2', 'Link 3', 'Link 4', 'Link 5']);
  });

  it('finds links by the words of their title, blurb or address, as search does', async () => {
    const db = await freshDb();
    await saveForLater(db, { title: 'Kyverno 1.12', url: 'https://kyverno.io/blog', commentary: 'Policies 🛡' }, NOW);
    await saveForLater(db, { title: 'Etcd tuning', url: 'https://etcd.io/docs', commentary: 'Disks matter' }, NOW + 1);
    await addItem(db, { title: 'Etcd in the draft', url: 'https://example.com/etcd', commentary: '' }, NOW);
    expect(titles((await listPool(db, { query: 'etcd' })).links)).toEqual(['Etcd tuning']);
    expect(titles((await listPool(db, { query: 'polic' })).links)).toEqual(['Kyverno 1.12']);
    expect(titles((await listPool(db, { query: 'kyverno.io' })).links)).toEqual(['Kyverno 1.12']);
    expect((await listPool(db, { query: 'nothing-like-it' })).links).toEqual([]);
  });

  it('adds pooled links to the draft at its end, before the recurring last slot, in the order given', async () => {
    const db = await freshDb();
    const [a, b, c] = await savePool(db, 3);
    await addItem(db, link(10));
    await addItem(db, { title: 'Tweet of the week', url: 'https://x.example/1', commentary: '' });
    const moved = await addPooledToDraft(db, [c!.id, a!.id], undefined, NOW + DAY);
    expect(titles(moved)).toEqual(['Link 3', 'Link 1']);
    const { issue, items } = await loadDraft(db);
    expect(titles(items)).toEqual(['Link 10', 'Link 3', 'Link 1', 'Tweet of the week']);
    expect(items.map((item) => item.position)).toEqual([0, 1, 2, 3]);
    expect(items[1]).toMatchObject({ issueId: issue.id, addedAt: c!.addedAt, updatedAt: NOW + DAY, commentary: 'Blurb 3 🔊' });
    expect(titles((await listPool(db)).links)).toEqual(['Link 2']);
    await addPooledToDraft(db, [b!.id], 0);
    expect(titles((await loadDraft(db)).items)).toEqual(['Link 2', 'Link 10', 'Link 3', 'Link 1', 'Tweet of the week']);
  });

  it('adds only links still in the pool: a draft item or a missing id is passed over', async () => {
    const db = await freshDb();
    const [a] = await savePool(db, 1);
    const inDraft = await addItem(db, link(9));
    expect(titles(await addPooledToDraft(db, [inDraft.id, 'gone', a!.id]))).toEqual(['Link 1']);
    expect(titles((await loadDraft(db)).items)).toEqual(['Link 9', 'Link 1']);
    expect(await addPooledToDraft(db, [a!.id])).toEqual([]);
  });

  it('takes a draft item back to the pool, closing up the draft; a published issue keeps its items', async () => {
    const db = await freshDb();
    const [x, y, z] = [await addItem(db, link(1)), await addItem(db, link(2)), await addItem(db, link(3))];
    expect(await returnItemToPool(db, y.id, NOW)).toBe(true);
    const { items } = await loadDraft(db);
    expect(items.map((item) => [item.title, item.position])).toEqual([
      ['Link 1', 0],
      ['Link 3', 1],
    ]);
    expect((await listPool(db)).links).toEqual([{ ...y, issueId: POOL_ISSUE_ID, position: 0, updatedAt: NOW }]);
    expect(await returnItemToPool(db, y.id)).toBe(false);
    expect(await publishWith(db, 1, '2026-12-02')).toMatchObject({ ok: true });
    expect(await returnItemToPool(db, x.id)).toBe(false);
    expect(await returnItemToPool(db, z.id)).toBe(false);
    expect(await countPool(db)).toBe(1);
  });

  it('discards pooled links, and Undo puts back exactly the records discarded', async () => {
    const db = await freshDb();
    const saved = await savePool(db, 3);
    const inDraft = await addItem(db, link(9));
    const discarded = await discardPooled(db, [saved[0]!.id, saved[2]!.id, inDraft.id]);
    expect(titles(discarded)).toEqual(['Link 1', 'Link 3']);
    expect(titles((await listPool(db)).links)).toEqual(['Link 2']);
    expect(titles((await loadDraft(db)).items)).toEqual(['Link 9']);
    await restorePooled(db, discarded);
    expect((await listPool(db)).links).toEqual([...saved].reverse());
  });

  it('offers the links collected more than some weeks ago for clearing, oldest first', async () => {
    const db = await freshDb();
    const old = await saveForLater(db, link(1), NOW - 40 * DAY);
    const older = await saveForLater(db, link(2), NOW - 50 * DAY);
    await saveForLater(db, link(3), NOW - 27 * DAY);
    await addItem(db, link(4), NOW - 60 * DAY);
    expect(await poolOlderThan(db, 4, NOW)).toEqual([older.id, old.id]);
    expect(await poolOlderThan(db, 8, NOW)).toEqual([]);
  });

  it('stays where it is when the draft is published: next week starts with it', async () => {
    const db = await freshDb();
    const [a, b] = await savePool(db, 2);
    await addPooledToDraft(db, [a!.id]);
    expect(await publishWith(db, 7, '2026-12-02')).toMatchObject({ ok: true });
    const next = await loadDraft(db);
    expect(next.issue.number).toBe(8);
    expect(next.items).toEqual([]);
    expect((await listPool(db)).links).toEqual([b]);
  });

  it('is not counted as archived, nor as published in the statistics', async () => {
    const db = await freshDb();
    await importIssues(db, {
      entries: [{ issue: { number: 1, date: '2026-11-25', headline: '', intro: '', items: [link(1)] }, onConflict: 'skip' }],
    });
    await loadArchiveStats(db);
    // The pool holds a link the archive holds too, and one the issue about to be published holds.
    await saveForLater(db, link(1));
    await saveForLater(db, link(2));
    await addItem(db, link(2));
    expect(await countArchive(db)).toEqual({ issues: 1, items: 1 });
    expect(await publishWith(db, 2, '2026-12-02')).toMatchObject({ ok: true });
    expect(await countArchive(db)).toEqual({ issues: 2, items: 2 });
    const kept = await loadArchiveStats(db);
    expect(kept).toMatchObject({ issues: 2, items: 2, repeatedLinks: { total: 0, links: [] } });
    expect(kept).toEqual(await statsAfresh(db));
    // Worked out again from every record, the pool is still left out.
    await db.delete('meta', 'archive-stats');
    expect(await loadArchiveStats(db)).toEqual(kept);
  });

  it('is found as "already featured": collected, not in an issue yet, after the draft and before the archive', async () => {
    const db = await freshDb();
    await importIssues(db, {
      entries: [{ issue: { number: 1, date: '2026-11-25', headline: '', intro: '', items: [link(1)] }, onConflict: 'skip' }],
    });
    await saveForLater(db, link(1), NOW);
    await addItem(db, link(1));
    expect(await findFeatured(db, 'http://www.example.com/1/')).toEqual([
      { status: 'draft', number: 2, date: expect.any(String), title: 'Link 1' },
      { status: 'collected', collectedAt: NOW, title: 'Link 1' },
      { status: 'published', number: 1, date: '2026-11-25', title: 'Link 1' },
    ]);
  });
});

/** The statistics of what is stored now, from every record of the published issues. */
async function statsAfresh(db: CuratorDatabase) {
  const [issues, items] = await Promise.all([db.getAll('issues'), db.getAll('items')]);
  const published: StatsIssue[] = issues
    .filter((issue) => issue.status === 'published')
    .map((issue) => ({ ...issue, items: items.filter((item) => item.issueId === issue.id).sort(byPosition) }));
  return archiveStats(published);
}
