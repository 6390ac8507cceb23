import { expect, it } from 'vitest';
import { type ImportPlan, planImport, previewImport } from '../../../src/core/import';
import type { Issue } from '../../../src/core/issue';
import { formatIssue, parseIssue } from '../../../src/core/kubelist';
import {
  addItem,
  archiveIndex,
  findFeatured,
  getIssueWithItems,
  importIssues,
  listArchive,
  loadArchiveIssues,
  loadDraft,
  openCuratorDb,
  publishDraft,
  updateDraft,
} from '../../../src/storage';
import { archiveText as archived, describeWithArchive, readArchive } from '../../fixtures/archive';

let dbCount = 0;
const freshDb = () => openCuratorDb(`archive-${++dbCount}`);
const issueOf = (n: number): Issue => parseIssue(archived(n)).issue;
const planOf = (numbers: number[], onConflict: 'replace' | 'skip' = 'skip'): ImportPlan => ({
  entries: numbers.map((n) => ({ issue: issueOf(n), onConflict })),
});
const A_MONDAY = new Date(2026, 10, 23, 9).getTime();

describeWithArchive('importing the whole archive', () => {
  it('stores 133 published issues and 886 items, each exported back byte for byte', async () => {
    const db = await freshDb();
    const archive = readArchive();
    const sources = [...archive].map(([n, text]) => ({ key: String(n), name: `kubelist-${n}.md`, text }));
    const outcome = await importIssues(db, planImport(previewImport(sources, []), {}));
    expect(outcome.added).toHaveLength(133);

    const list = await listArchive(db);
    expect(list).toHaveLength(133);
    expect(list.reduce((sum, row) => sum + row.itemCount, 0)).toBe(886);
    expect(list[0]).toMatchObject({ number: 134, date: '2021-07-14', itemCount: 7 });
    expect(list.map((row) => row.number)).toEqual([...archive.keys()].sort((a, b) => b - a));

    const issues = await loadArchiveIssues(db);
    expect(issues.map((issue) => formatIssue(issue))).toEqual([...archive.values()]);

    const one = await getIssueWithItems(db, 117);
    expect(one?.issue).toMatchObject({ status: 'published', number: 117 });
    expect(one?.items.map((item) => item.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(await getIssueWithItems(db, 49)).toBeNull();
  });

  it('keys imported items by URL, so "already featured" finds them', async () => {
    const db = await freshDb();
    await importIssues(db, planOf([117]));
    const url = issueOf(117).items[0]!.url;
    expect(await findFeatured(db, url)).toEqual([expect.objectContaining({ status: 'published', number: 117 })]);
  });
});

describeWithArchive('conflicts', () => {
  it('skip keeps the archived issue untouched', async () => {
    const db = await freshDb();
    await importIssues(db, planOf([117]));
    const before = await getIssueWithItems(db, 117);
    const changed = { ...issueOf(117), headline: 'Changed' };
    const outcome = await importIssues(db, { entries: [{ issue: changed, onConflict: 'skip' }] });
    expect(outcome).toMatchObject({ added: [], replaced: [], skipped: [117] });
    expect(await getIssueWithItems(db, 117)).toEqual(before);
  });

  it('replace swaps the issue and deletes the old items with it', async () => {
    const db = await freshDb();
    await importIssues(db, planOf([117]));
    const shorter = { ...issueOf(117), headline: 'Replaced', items: issueOf(117).items.slice(0, 2) };
    const outcome = await importIssues(db, { entries: [{ issue: shorter, onConflict: 'replace' }] });
    expect(outcome).toMatchObject({ added: [], replaced: [117], skipped: [] });
    const after = await getIssueWithItems(db, 117);
    expect(after?.issue.headline).toBe('Replaced');
    expect(after?.items).toHaveLength(2);
    expect(await db.count('items')).toBe(2);
    expect(await db.count('issues')).toBe(1);
  });
});

describeWithArchive('one transaction', () => {
  it('writes nothing when a record cannot be stored partway through', async () => {
    const db = await freshDb();
    await importIssues(db, planOf([1]));
    const poisoned = { ...issueOf(3), items: [{ title: 'x', url: 'https://example.com', commentary: (() => 'no') as unknown as string }] };
    const plan: ImportPlan = { entries: [...planOf([2]).entries, { issue: issueOf(1), onConflict: 'replace' }, { issue: poisoned, onConflict: 'skip' }] };
    await expect(importIssues(db, plan)).rejects.toThrow();
    expect((await listArchive(db)).map((row) => row.number)).toEqual([1]);
    expect(await getIssueWithItems(db, 1)).toMatchObject({ items: { length: issueOf(1).items.length } });
    expect(await db.count('items')).toBe(issueOf(1).items.length);
  });

  it('writes nothing when a request fails partway through (the transaction aborts)', async () => {
    const db = await freshDb();
    let n = 0;
    // The tenth id repeats an earlier one: adding that record fails with a ConstraintError.
    const newId = () => (++n === 10 ? 'id-3' : `id-${n}`);
    await expect(importIssues(db, planOf([116, 117]), { newId })).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await db.count('issues')).toBe(0);
    expect(await db.count('items')).toBe(0);
    // The database is still usable afterwards.
    await importIssues(db, planOf([117]));
    expect((await listArchive(db)).map((row) => row.number)).toEqual([117]);
  });
});

describeWithArchive('the draft', () => {
  it('when still empty, moves to follow the archive: next number, next Wednesday', async () => {
    const db = await freshDb();
    const draft = await loadDraft(db, A_MONDAY);
    expect(draft.issue.number).toBe(1);
    // Imported the day after #134 went out: the next issue is a week after it.
    const outcome = await importIssues(db, planOf([133, 134]), { now: Date.UTC(2021, 6, 15, 12) });
    expect(outcome.draft).toEqual({ number: 135, date: '2021-07-21' });
    const after = await loadDraft(db);
    expect(after.issue).toMatchObject({ id: draft.issue.id, status: 'draft', number: 135, date: '2021-07-21' });
    expect(await archiveIndex(db)).toHaveLength(2);
  });

  it('after importing an archive that stopped long ago, is dated the coming issue day, not in the past', async () => {
    const db = await freshDb();
    await loadDraft(db, A_MONDAY);
    const outcome = await importIssues(db, planOf([134]), { now: Date.UTC(2026, 10, 24, 12) });
    expect(outcome.draft).toEqual({ number: 135, date: '2026-11-25' });
  });

  // Regression (issue 12, item 4): the draft became #135 dated the same Wednesday as #1.
  it('after publishing #1 this Wednesday and importing the archive, is dated after #1', async () => {
    const db = await freshDb();
    const wednesday = Date.UTC(2026, 11, 2, 12);
    const { issue } = await loadDraft(db, wednesday);
    await updateDraft(db, issue.id, { number: 1, date: '2026-12-02' });
    await addItem(db, { title: 'A', url: 'https://a.test/', commentary: '' });
    expect(await publishDraft(db, wednesday)).toMatchObject({ ok: true, next: { number: 2, date: '2026-12-09' } });
    const outcome = await importIssues(db, planOf([133, 134, 1]), { now: wednesday });
    expect(outcome.skipped).toEqual([1]);
    expect(outcome.draft).toEqual({ number: 135, date: '2026-12-09' });
    expect((await loadDraft(db)).issue).toMatchObject({ number: 135, date: '2026-12-09' });
  });

  it('with content, is left exactly as it was', async () => {
    const db = await freshDb();
    await addItem(db, { title: 'Mine', url: 'https://example.com/mine', commentary: 'Draft blurb' });
    const before = await loadDraft(db);
    const outcome = await importIssues(db, planOf([1, 2, 134]));
    expect(outcome.draft).toBeNull();
    expect(await loadDraft(db)).toEqual(before);
  });

  it('with only a headline, is left alone too', async () => {
    const db = await freshDb();
    const { issue } = await loadDraft(db);
    await updateDraft(db, issue.id, { headline: 'Started' });
    await importIssues(db, planOf([134]));
    expect((await loadDraft(db)).issue).toMatchObject({ number: 1, headline: 'Started' });
  });

  it('is never turned into an archived issue, even with the same number', async () => {
    const db = await freshDb();
    const { issue } = await loadDraft(db);
    await updateDraft(db, issue.id, { number: 117, intro: 'Mine' });
    await importIssues(db, planOf([117]));
    expect((await listArchive(db)).map((row) => row.number)).toEqual([117]);
    expect((await loadDraft(db)).issue).toMatchObject({ id: issue.id, status: 'draft', number: 117, intro: 'Mine' });
  });

  it('is not created by an import', async () => {
    const db = await freshDb();
    const outcome = await importIssues(db, planOf([5]));
    expect(outcome.draft).toBeNull();
    expect(await db.countFromIndex('issues', 'by-status', 'draft')).toBe(0);
  });
});

it("lists a published issue's items that share a position in the order they were added, as a merge orders them", async () => {
  const db = await freshDb();
  const template = await addItem(db, { title: 'x', url: 'https://example.com/', commentary: '' });
  await db.clear('items');
  await db.put('issues', { id: 'p', status: 'published', number: 5, date: '2021-03-10', headline: '', intro: '', createdAt: 0, updatedAt: 0 });
  await db.put('items', { ...template, issueId: 'p', id: 'b', position: 0, addedAt: 100, title: 'Added first' });
  await db.put('items', { ...template, issueId: 'p', id: 'a', position: 0, addedAt: 200, title: 'Added second' });
  expect((await getIssueWithItems(db, 5))?.items.map((i) => i.title)).toEqual(['Added first', 'Added second']);
  expect((await loadArchiveIssues(db))[0]?.items.map((i) => i.title)).toEqual(['Added first', 'Added second']);
});
