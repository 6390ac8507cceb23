// The kept statistics against the statistics worked out afresh, after every kind of write to the
// archive: publish, import (add, replace, skip), restore (replace, merge) and a restore's undo.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { archiveStats, type StatsIssue } from '../../../src/core/archive-stats';
import { type BackupData, readBackup } from '../../../src/core/backup';
import { byPosition } from '../../../src/core/by-position';
import type { Issue } from '../../../src/core/issue';
import {
  addItem,
  type CuratorDatabase,
  exportBackup,
  importIssues,
  listSnapshots,
  loadArchiveStats,
  loadDraft,
  loadSnapshot,
  openCuratorDb,
  publishDraft,
  restoreBackup,
  updateDraft,
} from '../../../src/storage';
import { UNIT_TEST_TIMEOUT } from '../../timeouts';

let dbCount = 0;
const freshDb = () => openCuratorDb(`archive-stats-cache-${++dbCount}`);

/** The statistics of what is stored now, from every record: what the view showed before the cache. */
async function statsAfresh(db: CuratorDatabase) {
  const [issues, items] = await Promise.all([db.getAll('issues'), db.getAll('items')]);
  const published: StatsIssue[] = issues
    .filter((issue) => issue.status === 'published')
    .map((issue) => ({ ...issue, items: items.filter((item) => item.issueId === issue.id).sort(byPosition) }));
  return archiveStats(published);
}

// Few addresses, several spellings of each (scheme, www., tracking), so links repeat often.
const URLS = [
  'https://a.example/post',
  'http://www.a.example/post?utm_source=feed',
  'https://b.example/',
  'https://blog.b.example/x',
  'https://c.example/1',
  'https://c.example/2',
  'https://d.example/',
  'https://www.d.example',
];
const BLURBS = ['', 'Safe 🛡', 'Safer 🛡️', 'Fast ⚡🎉', 'Product ©', 'Party 🎉'];

const link = fc.record({ url: fc.constantFrom(...URLS), commentary: fc.constantFrom(...BLURBS), title: fc.constantFrom('A', 'B') });
const date = fc
  .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ month, day }) => `2021-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
const issue = fc.record({ number: fc.integer({ min: 1, max: 9 }), date, items: fc.array(link, { minLength: 1, maxLength: 4 }) });

const step = fc.oneof(
  fc.record({ kind: fc.constant('publish' as const), issue }),
  fc.record({
    kind: fc.constant('import' as const),
    entries: fc.array(fc.record({ issue, onConflict: fc.constantFrom('replace' as const, 'skip' as const) }), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('backup' as const) }),
  fc.record({ kind: fc.constant('restore' as const), mode: fc.constantFrom('replace' as const, 'merge' as const) }),
  fc.record({ kind: fc.constant('undo' as const) }),
);

type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

const asIssue = ({ number, date, items }: { number: number; date: string; items: Issue['items'] }): Issue => ({ number, date, headline: '', intro: '', items });

async function run(db: CuratorDatabase, action: Step, saved: { backup: BackupData | null }) {
  switch (action.kind) {
    case 'publish': {
      const { issue: draft } = await loadDraft(db);
      await updateDraft(db, draft.id, { number: action.issue.number, date: action.issue.date });
      for (const item of action.issue.items) await addItem(db, item);
      // Refused when the number is archived: the items stay in the draft for the next publish.
      await publishDraft(db);
      return;
    }
    case 'import':
      await importIssues(db, { entries: action.entries.map(({ issue: entry, onConflict }) => ({ issue: asIssue(entry), onConflict })) });
      return;
    case 'backup':
      saved.backup = (await exportBackup(db)).data;
      return;
    case 'restore':
      if (saved.backup) await restoreBackup(db, saved.backup, action.mode);
      return;
    case 'undo': {
      const [latest] = await listSnapshots(db);
      const blob = latest && (await loadSnapshot(db, latest.id));
      const reading = blob && readBackup(await blob.text());
      if (reading && !reading.ok) throw new Error(JSON.stringify(reading.problems));
      if (reading) await restoreBackup(db, reading.file.data, 'replace');
      return;
    }
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the kept archive statistics', () => {
  it(
    'are exactly the statistics worked out afresh after any sequence of publish, import, restore and undo',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(step, fc.boolean()), { minLength: 1, maxLength: 8 }), async (steps) => {
          const db = await freshDb();
          const saved: { backup: BackupData | null } = { backup: null };
          try {
            for (const [action, look] of steps) {
              await run(db, action, saved);
              // Not looking after every step lets writes pile up on a stale record, as they do between visits.
              if (look) expect(await loadArchiveStats(db)).toEqual(await statsAfresh(db));
            }
            expect(await loadArchiveStats(db)).toEqual(await statsAfresh(db));
          } finally {
            db.close();
          }
        }),
        { numRuns: 100 },
      );
    },
    UNIT_TEST_TIMEOUT * 5,
  );

  it('add a published issue to the record in the publish transaction: the next visit reads that one record', async () => {
    const db = await freshDb();
    await importIssues(db, {
      entries: [{ issue: asIssue({ number: 1, date: '2021-01-06', items: [{ title: 'A', url: URLS[0]!, commentary: 'Safe 🛡' }] }), onConflict: 'skip' }],
    });
    await loadArchiveStats(db);
    const { issue: draft } = await loadDraft(db);
    await updateDraft(db, draft.id, { number: 2, date: '2021-01-13' });
    await addItem(db, { title: 'A again', url: URLS[1]!, commentary: '' });
    expect(await publishDraft(db)).toMatchObject({ ok: true });

    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    const lists = [
      vi.spyOn(IDBObjectStore.prototype, 'getAll'),
      vi.spyOn(IDBObjectStore.prototype, 'openCursor'),
      vi.spyOn(IDBIndex.prototype, 'getAll'),
      vi.spyOn(IDBIndex.prototype, 'openCursor'),
      vi.spyOn(IDBObjectStore.prototype, 'count'),
    ];
    const stats = await loadArchiveStats(db);
    expect(gets.mock.calls).toEqual([['archive-stats']]);
    for (const list of lists) expect(list).not.toHaveBeenCalled();
    expect(stats).toMatchObject({ issues: 2, items: 2, repeatedLinks: { total: 1, links: [{ key: 'a.example/post', count: 2 }] } });
    expect(stats).toEqual(await statsAfresh(db));
  });

  it('keep the 50 most repeated of more links, exact as issues are published that reorder them', async () => {
    const db = await freshDb();
    // 60 links, link n in issues 1..(2 + n % 4): four tiers of repeats, more links than are kept.
    const url = (n: number) => `https://site${n}.example/`;
    const entries = Array.from({ length: 5 }, (_, i) => ({
      issue: asIssue({
        number: i + 1,
        date: `2021-02-0${i + 1}`,
        items: Array.from({ length: 60 }, (_, n) => n)
          .filter((n) => i < 2 + (n % 4))
          .map((n) => ({ title: `Link ${n}`, url: url(n), commentary: '' })),
      }),
      onConflict: 'skip' as const,
    }));
    await importIssues(db, { entries });
    expect((await loadArchiveStats(db)).repeatedLinks.total).toBe(60);
    // Links of the least repeated tier climb into those kept; a new link and a kept one get a repeat.
    for (const [number, links] of [
      [6, [0, 4, 8, 61, 3]],
      [7, [0, 4, 61, 62]],
      [8, [0, 59]],
    ] as const) {
      const { issue: draft } = await loadDraft(db);
      await updateDraft(db, draft.id, { number, date: `2021-03-0${number}` });
      for (const n of links) await addItem(db, { title: `Link ${n}`, url: url(n), commentary: '' });
      expect(await publishDraft(db)).toMatchObject({ ok: true });
    }
    const stats = await loadArchiveStats(db);
    expect(stats).toEqual(await statsAfresh(db));
    expect(stats.repeatedLinks.links).toHaveLength(50);
    expect(stats.repeatedLinks.total).toBe(61);
  });
});

describe('working the statistics out again', () => {
  async function archiveOf(issues: number, itemsEach: number) {
    const db = await freshDb();
    const entries = Array.from({ length: issues }, (_, i) => ({
      issue: asIssue({
        number: i + 1,
        date: '2021-01-06',
        items: Array.from({ length: itemsEach }, (_, n) => ({ title: `${i}/${n}`, url: `https://site${n}.example/${i % 3}`, commentary: 'Yes 🎉' })),
      }),
      onConflict: 'skip' as const,
    }));
    await importIssues(db, { entries });
    return db;
  }

  it('reads the items in batches of a limited size, pausing between them, and tells how far it got', async () => {
    const db = await archiveOf(12, 5);
    const afresh = await statsAfresh(db);
    const pause = vi.fn(async () => undefined);
    const progress: { done: number; total: number }[] = [];
    const reads = vi.spyOn(IDBIndex.prototype, 'getAll');
    const wholeStore = vi.spyOn(IDBObjectStore.prototype, 'getAll');

    const stats = await loadArchiveStats(db, { batch: 8, pause, onProgress: (p) => progress.push(p) });
    expect(stats).toEqual(afresh);
    // Every read of the items says how many it wants, at most a batch; none reads the store whole.
    const itemReads = reads.mock.calls.filter(([, count]) => count !== undefined);
    expect(itemReads.length).toBeGreaterThanOrEqual(60 / 8);
    for (const [, count] of itemReads) expect(count).toBe(8);
    for (const [, count] of wholeStore.mock.calls) expect(count).toBe(8);
    expect(pause.mock.calls.length).toBeGreaterThanOrEqual(60 / 8);
    expect(progress[0]).toEqual({ done: 0, total: 60 });
    expect(progress.at(-1)).toEqual({ done: 60, total: 60 });
    // Stored: the next visit works nothing out.
    pause.mockClear();
    expect(await loadArchiveStats(db, { batch: 8, pause })).toEqual(stats);
    expect(pause).not.toHaveBeenCalled();
  });

  it('does not keep what it read when the archive was written meanwhile, and reads it again', async () => {
    const db = await archiveOf(4, 3);
    let wrote = false;
    const pause = async () => {
      if (wrote) return;
      wrote = true;
      const { issue: draft } = await loadDraft(db);
      await updateDraft(db, draft.id, { number: 50, date: '2021-06-02' });
      await addItem(db, { title: 'Late', url: 'https://site0.example/0', commentary: '' });
      await publishDraft(db);
    };
    expect(await loadArchiveStats(db, { batch: 4, pause })).toEqual(await statsAfresh(db));
    expect(await loadArchiveStats(db)).toEqual(await statsAfresh(db));
    expect((await loadArchiveStats(db)).issues).toBe(5);
  });
});
