import { afterEach, expect, it, vi } from 'vitest';
import type { ImportPlan } from '../../../src/core/import';
import type { Issue } from '../../../src/core/issue';
import { type ImportProgress, importIssues, listArchive, loadDraft, openCuratorDb } from '../../../src/storage';

let dbCount = 0;
const freshDb = () => openCuratorDb(`import-chunked-${++dbCount}`);
const issue = (number: number, items = 2): Issue => ({
  number,
  date: `2021-01-${String(number).padStart(2, '0')}`,
  headline: `Issue ${number}`,
  intro: '',
  items: Array.from({ length: items }, (_, i) => ({ title: `Link ${number}.${i}`, url: `https://example.com/${number}/${i}`, commentary: '' })),
});
const planOf = (numbers: number[], onConflict: 'replace' | 'skip' = 'skip'): ImportPlan => ({ entries: numbers.map((n) => ({ issue: issue(n), onConflict })) });

afterEach(() => vi.restoreAllMocks());

/** Every request made on an index, as `index name: method`. */
function spyIndexRequests() {
  const calls: string[] = [];
  for (const method of ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor'] as const) {
    const original = IDBIndex.prototype[method] as (...args: unknown[]) => IDBRequest;
    vi.spyOn(IDBIndex.prototype, method).mockImplementation(function (this: IDBIndex, ...args: unknown[]) {
      calls.push(`${this.name}: ${method}`);
      return original.apply(this, args);
    } as never);
  }
  return calls;
}

it("reads the archive's numbers once (one key cursor over by-number), not once per imported issue", async () => {
  const db = await freshDb();
  await importIssues(db, planOf([1, 2, 3]));
  const calls = spyIndexRequests();
  const outcome = await importIssues(db, planOf([2, 3, 4, 5, 6, 7], 'replace'));
  expect(outcome).toMatchObject({ added: [4, 5, 6, 7], replaced: [2, 3], skipped: [] });
  expect(calls.filter((call) => call.startsWith('by-number'))).toEqual(['by-number: openKeyCursor']);
  // The replaced issues' old items: one request each, nothing for the added ones.
  expect(calls.filter((call) => call === 'by-issue: getAllKeys')).toHaveLength(2);
  expect((await listArchive(db)).map((row) => row.number)).toEqual([7, 6, 5, 4, 3, 2, 1]);
  expect(await db.count('items')).toBe(14);
});

it('writes chunk after chunk: the next chunk of requests only once the one before has succeeded, with progress', async () => {
  const db = await freshDb();
  let adds = 0;
  const add = IDBObjectStore.prototype.add;
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
    adds++;
    return add.apply(this, args);
  });
  const seen: (ImportProgress & { adds: number })[] = [];
  await importIssues(db, planOf([1, 2, 3, 4, 5]), { chunkSize: 2, onProgress: (progress) => seen.push({ ...progress, adds }) });
  // Each issue is 3 records (the issue and its 2 items).
  expect(seen.filter((p) => p.phase === 'writing')).toEqual([
    { phase: 'writing', done: 2, total: 5, adds: 6 },
    { phase: 'writing', done: 4, total: 5, adds: 12 },
    { phase: 'writing', done: 5, total: 5, adds: 15 },
  ]);
  expect(seen.filter((p) => p.phase === 'preparing').map((p) => p.done)).toEqual([2, 4, 5]);
});

it('builds the records a chunk at a time, giving the page its turn between chunks, before the transaction opens', async () => {
  const db = await freshDb();
  const progress: ImportProgress[] = [];
  let release: () => void = () => undefined;
  let pauses = 0;
  const pause = () => {
    pauses++;
    return new Promise<void>((resolve) => {
      release = resolve;
    });
  };
  const running = importIssues(db, planOf([1, 2, 3, 4, 5]), { chunkSize: 2, pause, onProgress: (p) => progress.push(p) });
  await vi.waitFor(() => expect(pauses).toBe(1));
  // Paused after the first chunk: nothing more built, nothing written.
  expect(progress).toEqual([{ phase: 'preparing', done: 2, total: 5 }]);
  expect(await db.count('issues')).toBe(0);
  release();
  await vi.waitFor(() => expect(pauses).toBe(2));
  expect(progress.at(-1)).toEqual({ phase: 'preparing', done: 4, total: 5 });
  release();
  await running;
  expect(pauses).toBe(2);
  expect(await db.count('issues')).toBe(5);
});

it('writes nothing when a request fails in a later chunk: the chunks before it are not committed', async () => {
  const db = await freshDb();
  const { issue: draft } = await loadDraft(db);
  let n = 0;
  // The 13th record (issue 5's) gets the id of the 1st: its add fails with a ConstraintError in the third chunk.
  const newId = () => (++n === 13 ? 'id-1' : `id-${n}`);
  const written: number[] = [];
  await expect(
    importIssues(db, planOf([1, 2, 3, 4, 5]), { chunkSize: 2, newId, onProgress: (p) => p.phase === 'writing' && written.push(p.done) }),
  ).rejects.toMatchObject({ name: 'ConstraintError' });
  expect(written).toEqual([2, 4]); // two chunks had succeeded
  expect(await db.count('issues')).toBe(1); // the draft only
  expect(await db.count('items')).toBe(0);
  expect((await loadDraft(db)).issue).toEqual(draft);
});
