import { afterEach, expect, it, vi } from 'vitest';
import type { Issue } from '../../../src/core/issue';
import { type ArchiveBatchStart, importIssues, loadDraft, openCuratorDb, publishedCount, readArchiveBatch, updateDraft } from '../../../src/storage';

let dbCount = 0;
const issue = (number: number): Issue => ({
  number,
  date: '2021-01-06',
  headline: `Issue ${number}`,
  intro: '',
  items: Array.from({ length: 3 }, (_, i) => ({ title: `Link ${number}.${i}`, url: `https://example.com/${number}/${i}`, commentary: '' })),
});

afterEach(() => vi.restoreAllMocks());

it('reads the published issues in number order, a batch at a time by key range and count; a draft sharing a number at a batch edge neither hides nor repeats one', async () => {
  const db = await openCuratorDb(`archive-stream-${++dbCount}`);
  const numbers = [1, 2, 3, 4, 5, 6, 7];
  await importIssues(db, { entries: numbers.map((n) => ({ issue: issue(n), onConflict: 'skip' as const })) });
  const { issue: draft } = await loadDraft(db);
  await updateDraft(db, draft.id, { number: 2 });
  expect(await publishedCount(db)).toBe(7);

  const reads: unknown[][] = [];
  const getAll = IDBIndex.prototype.getAll;
  vi.spyOn(IDBIndex.prototype, 'getAll').mockImplementation(function (this: IDBIndex, ...args: Parameters<typeof getAll>) {
    if (this.name === 'by-number') reads.push(args);
    return getAll.apply(this, args);
  });
  const read: Issue[] = [];
  let start: ArchiveBatchStart | null = null;
  do {
    const batch = await readArchiveBatch(db, start, 2);
    read.push(...batch.issues);
    start = batch.next;
  } while (start);
  expect(read).toEqual(numbers.map(issue));
  // Every read is bounded: a key range after the first, and a count (the batch plus the records already seen at its first number).
  expect(reads.length).toBeGreaterThanOrEqual(4);
  for (const [range, count] of reads.slice(1)) {
    expect(range).toBeInstanceOf(IDBKeyRange);
    expect(count).toBeLessThanOrEqual(4);
  }
  expect(reads[0]![1]).toBe(2);
});
