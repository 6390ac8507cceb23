import { afterEach, describe, expect, it } from 'vitest';
import { nextIssue } from '../../../src/core/next-issue';
import {
  addItem,
  archiveIndex,
  type CuratorDatabase,
  listArchive,
  loadArchiveStats,
  loadDraft,
  openCuratorDb,
  publishDraft,
  saveForLater,
  updateDraft,
} from '../../../src/storage';
import { archiveEnds, archiveNeighbours, archivePage, countArchive, yearStart } from '../../../src/storage/archive-pages';
import { archivedIssueRef, archiveTip } from '../../../src/storage/archive-tip';
import { recentIssues } from '../../../src/storage/recent-issues';
import { countReads, type ReadCounter } from '../../fixtures/idb-read-counter';
import { type LargeArchive, seedLargeArchive, weeklyDate } from '../../fixtures/large-archive';
import { importPublished, publishedIssue } from '../../fixtures/published-issue';

let dbCount = 0;
let counter: ReadCounter | undefined;
afterEach(() => counter?.stop());

/** An archive of `issues` published issues, and a draft numbered after them with one item. */
async function archiveOf(issues: number, more: Partial<LargeArchive> = {}): Promise<CuratorDatabase> {
  const db = await openCuratorDb(`archive-pages-${++dbCount}`);
  await seedLargeArchive(db, { issues, itemsPerIssue: 3, ...more });
  await addItem(db, { title: 'draft item', url: 'https://example.com/draft', commentary: '' });
  return db;
}

const numbersOf = (page: { rows: { number: number }[] }) => page.rows.map((row) => row.number);

describe('a page of the archive list', () => {
  it('is the newest issues first, with their item counts, without the draft', async () => {
    const db = await archiveOf(30);
    const page = await archivePage(db, { end: 'newest' }, 10);
    expect(numbersOf(page)).toEqual([30, 29, 28, 27, 26, 25, 24, 23, 22, 21]);
    expect(page.rows[0]).toMatchObject({ id: 'issue-30', date: '2018-09-05', headline: 'Issue 30', itemCount: 3 });
    expect(page).toMatchObject({ offset: 0, newer: false, older: true });
    // As the whole list says.
    expect(page.rows).toEqual((await listArchive(db)).slice(0, 10));
  });

  it('walks older and newer from a page’s ends, and says where it is', async () => {
    const db = await archiveOf(25);
    const second = await archivePage(db, { olderThan: 16 }, 10);
    expect(numbersOf(second)).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6]);
    expect(second).toMatchObject({ offset: 10, newer: true, older: true });
    const last = await archivePage(db, { olderThan: 6 }, 10);
    expect(numbersOf(last)).toEqual([5, 4, 3, 2, 1]);
    expect(last).toMatchObject({ offset: 20, newer: true, older: false });
    const back = await archivePage(db, { newerThan: 15 }, 10);
    expect(numbersOf(back)).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17, 16]);
    expect(back).toMatchObject({ offset: 0, newer: false, older: true });
  });

  it('is a full page at the oldest end, and from a number down', async () => {
    const db = await archiveOf(25);
    expect(numbersOf(await archivePage(db, { end: 'oldest' }, 10))).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(await archivePage(db, { end: 'oldest' }, 10)).toMatchObject({ offset: 15, older: false, newer: true });
    expect(numbersOf(await archivePage(db, { atOrBelow: 20 }, 10))).toEqual([20, 19, 18, 17, 16, 15, 14, 13, 12, 11]);
    expect(numbersOf(await archivePage(db, { atOrBelow: 4 }, 10))).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    // Fewer than a page newer than #22: the newest page.
    expect(numbersOf(await archivePage(db, { newerThan: 22 }, 10))).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17, 16]);
  });

  it('steps over gaps in the numbers and over a draft numbered among the issues', async () => {
    const db = await archiveOf(6, { numbers: (i) => [1, 2, 5, 9, 10, 12][i]! });
    const { issue } = await loadDraft(db);
    await updateDraft(db, issue.id, { number: 7 });
    expect(numbersOf(await archivePage(db, { end: 'newest' }, 3))).toEqual([12, 10, 9]);
    const older = await archivePage(db, { olderThan: 9 }, 3);
    expect(numbersOf(older)).toEqual([5, 2, 1]);
    expect(older.offset).toBe(3);
    expect(await archiveNeighbours(db, 5)).toEqual({ older: 2, newer: 9 });
    expect(await archiveNeighbours(db, 12)).toEqual({ older: 10 });
    expect(await archiveNeighbours(db, 1)).toEqual({ newer: 2 });
  });

  it('is empty for an empty archive', async () => {
    const db = await openCuratorDb(`archive-pages-${++dbCount}`);
    await loadDraft(db);
    expect(await archivePage(db, { end: 'newest' }, 10)).toEqual({ rows: [], offset: 0, newer: false, older: false });
    expect(await countArchive(db)).toEqual({ issues: 0, items: 0 });
    expect(await archiveEnds(db)).toBeNull();
    expect(await yearStart(db, 2020)).toBeNull();
  });

  // Guards #archive's first screen (issue 14): it read every issue and counted every issue's items.
  it('reads the page’s issues and counts their items, whatever the archive holds', async () => {
    const reads = async (issues: number) => {
      const db = await archiveOf(issues);
      counter = countReads();
      await archivePage(db, { olderThan: Math.floor(issues / 2) }, 20);
      counter.stop();
      return { records: counter.records, requests: counter.requests };
    };
    const small = await reads(60);
    const large = await reads(600);
    expect(large).toEqual(small);
    expect(large.records).toBeGreaterThanOrEqual(20);
    expect(large.records).toBeLessThanOrEqual(20 + 3);
  });
});

describe('the archive’s totals, ends and years', () => {
  it('counts the published issues and their items, not the draft’s', async () => {
    const db = await archiveOf(40);
    counter = countReads();
    expect(await countArchive(db)).toEqual({ issues: 40, items: 120 });
    expect(counter.records).toBe(0);
  });

  it('takes them from the statistics while those are up to date: one record read, following a publish, counted again after an import', async () => {
    const db = await archiveOf(40);
    await loadArchiveStats(db);
    counter = countReads();
    expect(await countArchive(db)).toEqual({ issues: 40, items: 120 });
    expect(counter.requests).toBe(1);
    counter.stop();
    const { issue } = await loadDraft(db);
    await updateDraft(db, issue.id, { number: 41, date: weeklyDate(41) });
    await addItem(db, { title: 'Tweet of the week', url: '', commentary: '' });
    expect(await publishDraft(db)).toMatchObject({ ok: true });
    await saveForLater(db, { title: 'Collected', url: 'https://example.com/later', commentary: '' });
    expect(await countArchive(db)).toEqual({ issues: 41, items: 122 });
    await importPublished(db, [publishedIssue(42)]);
    counter = countReads();
    expect(await countArchive(db)).toEqual({ issues: 42, items: 123 });
    expect(counter.requests).toBeGreaterThan(1);
  });

  it('finds the oldest and newest issue, and the newest issue of a year, in a few reads', async () => {
    const db = await archiveOf(400);
    expect(await archiveEnds(db)).toMatchObject({ oldest: { number: 1, date: '2018-02-14' }, newest: { number: 400, date: weeklyDate(400) } });
    counter = countReads();
    // #46 went out on 2018-12-26, #47 on 2019-01-02.
    expect(await yearStart(db, 2018)).toBe(46);
    expect(await yearStart(db, 2019)).toBe(98);
    expect(await yearStart(db, 2030)).toBe(400);
    expect(await yearStart(db, 2017)).toBeNull();
    expect(counter.records).toBeLessThanOrEqual(4 * 2 * 12);
  });
});

describe('what the editor reads of the archive', () => {
  it('finds the published issue with a number, in one index read', async () => {
    const db = await archiveOf(300);
    counter = countReads();
    expect(await archivedIssueRef(db, 117)).toEqual({ number: 117, date: weeklyDate(117) });
    expect(await archivedIssueRef(db, 301)).toBeNull(); // the draft's
    expect(counter.requests).toBe(2);
  });

  it('gives nextIssue what the whole archive would: the highest number and the latest date', async () => {
    // #1 went out last of all (the newsletter started its numbering again).
    const db = await archiveOf(50, { dates: (n) => (n === 1 ? '2030-01-01' : `2020-01-${String((n % 28) + 1).padStart(2, '0')}`) });
    const whole = await archiveIndex(db);
    const tip = await archiveTip(db);
    expect(tip).toEqual([
      { number: 50, date: '2020-01-23' },
      { number: 1, date: '2030-01-01' },
    ]);
    expect(nextIssue(tip, 3, '2026-12-02')).toEqual(nextIssue(whole, 3, '2026-12-02'));
    expect(nextIssue(tip)).toEqual({ number: 51, date: '2030-01-02' });
  });

  it('gives the latest issues with their items, newest first, up to a bound', async () => {
    const db = await archiveOf(80);
    const recent = await recentIssues(db, 5);
    expect(recent.map((issue) => issue.number)).toEqual([80, 79, 78, 77, 76]);
    expect(recent[0]?.items.map((item) => item.title)).toEqual(['80.1', '80.2', '80.3']);
  });

  // Guards the editor's habits (issue 14): they came from every archived issue.
  it('reads only the latest issues for the habits, whatever the archive holds', async () => {
    const reads = async (issues: number) => {
      const db = await archiveOf(issues);
      counter = countReads();
      const recent = await recentIssues(db);
      counter.stop();
      return { issues: recent.length, records: counter.records };
    };
    const small = await reads(60);
    const large = await reads(300);
    expect(small.issues).toBe(52);
    expect(large).toEqual(small);
  });
});
