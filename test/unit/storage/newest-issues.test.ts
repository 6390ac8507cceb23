import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Issue } from '../../../src/core/issue';
import { addItem, importIssues, loadDraft, moveItem, newestIssues, openCuratorDb, saveForLater, updateDraft } from '../../../src/storage';

let dbCount = 0;
const issue = (number: number, items = 2): Issue => ({
  number,
  date: `2020-01-${String((number % 28) + 1).padStart(2, '0')}`,
  headline: `Issue ${number}`,
  intro: '',
  items: Array.from({ length: items }, (_, i) => ({ title: `Item ${number}.${i + 1}`, url: `https://x.example/${number}/${i}`, commentary: '' })),
});
async function archiveOf(count: number) {
  const db = await openCuratorDb(`newest-issues-${++dbCount}`);
  const entries = Array.from({ length: count }, (_, n) => ({ issue: issue(n + 1), onConflict: 'skip' as const }));
  await importIssues(db, { entries });
  return db;
}

afterEach(() => vi.restoreAllMocks());

describe('newestIssues', () => {
  it('reads the highest numbers first, the draft (numbered after the archive) at the top, items in order', async () => {
    const db = await archiveOf(5);
    const { issue: draft } = await loadDraft(db);
    const first = await addItem(db, { title: 'First', url: 'https://a.example/', commentary: 'one' });
    await addItem(db, { title: 'Second', url: 'https://b.example/', commentary: 'two' });
    await moveItem(db, first.id, 1);

    const top = await newestIssues(db, null, 3);
    expect(top.map(({ number, status }) => `${status} ${number}`)).toEqual([`draft ${draft.number}`, 'published 5', 'published 4']);
    expect(top[0]!.items).toEqual([
      { id: expect.any(String), position: 0, title: 'Second', url: 'https://b.example/', commentary: 'two' },
      { id: first.id, position: 1, title: 'First', url: 'https://a.example/', commentary: 'one' },
    ]);
    expect(top[1]).toMatchObject({ number: 5, status: 'published', headline: 'Issue 5', items: [{ title: 'Item 5.1' }, { title: 'Item 5.2' }] });
  });

  it('starts the first stretch with the pool of collected links, newest first, and no later stretch', async () => {
    const db = await archiveOf(3);
    await saveForLater(db, { title: 'Older', url: 'https://p.example/1', commentary: 'kept' }, 1_000);
    await saveForLater(db, { title: 'Newer', url: 'https://p.example/2', commentary: '' }, 2_000);
    const top = await newestIssues(db, null, 2);
    expect(top.map(({ number, status }) => `${status} ${number}`)).toEqual(['collected 0', 'published 3', 'published 2']);
    expect(top[0]!.items.map(({ title, position }) => [title, position])).toEqual([
      ['Newer', 0],
      ['Older', 1],
    ]);
    expect((await newestIssues(db, 3, 2)).map(({ number, status }) => `${status} ${number}`)).toEqual(['published 2', 'published 1']);
  });

  it('goes on below a number, stretch by stretch, to an empty read at the end', async () => {
    const db = await archiveOf(5);
    const numbers = async (below: number | null, limit: number) => (await newestIssues(db, below, limit)).map((issue) => issue.number);
    expect(await numbers(4, 2)).toEqual([3, 2]);
    expect(await numbers(2, 2)).toEqual([1]);
    expect(await numbers(1, 2)).toEqual([]);
  });

  it('brings along every issue sharing the last number, the draft first, so the next stretch misses none', async () => {
    const db = await archiveOf(3);
    // The curator may give the draft a number the archive already has.
    const { issue: draft } = await loadDraft(db);
    await updateDraft(db, draft.id, { number: 2 });
    const top = await newestIssues(db, null, 2);
    expect(top.map(({ number, status }) => `${status} ${number}`)).toEqual(['published 3', 'draft 2', 'published 2']);
    expect((await newestIssues(db, 2, 2)).map(({ number }) => number)).toEqual([1]);
  });

  it('reads a stretch with as many requests however large the archive', async () => {
    const requests = async (size: number) => {
      const db = await archiveOf(size);
      const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
      const cursors = vi.spyOn(IDBIndex.prototype, 'openCursor');
      await newestIssues(db, null, 4);
      const counted = { getAll: getAll.mock.calls.length, cursors: cursors.mock.calls.length };
      vi.restoreAllMocks();
      return counted;
    };
    const small = await requests(6);
    // The four issues' items, and the pool's (empty here).
    expect(small).toEqual({ getAll: 5, cursors: 1 });
    expect(await requests(60)).toEqual(small);
  });
});
