import { describe, expect, it } from 'vitest';
import { createSearchStore, FIRST_STRETCH, LONGEST_STRETCH, PAGE_SIZE } from '../../../../../options/sections/search/search-store';
import type { SearchableIssue } from '../../../../../src/core/search';

/** `count` issues numbered 1…count, each with `perIssue` items about kubernetes and one about `rare` in every tenth issue. */
function archive(count: number, perIssue = 3): SearchableIssue[] {
  return Array.from({ length: count }, (_, n) => ({
    id: `issue-${n + 1}`,
    number: n + 1,
    date: '2021-01-06',
    status: 'published' as const,
    headline: '',
    items: Array.from({ length: perIssue }, (_, i) => ({
      id: `item-${n + 1}-${i}`,
      position: i,
      title: i === 0 && (n + 1) % 10 === 0 ? `Neodymium ${n + 1}` : `Post ${n + 1}.${i}`,
      url: `https://x.example/${n + 1}/${i}`,
      commentary: 'About kubernetes.',
    })),
  }));
}

/**
 * Storage as search sees it: a stretch of issues per call, highest number first. Each call waits
 * until the test lets it answer (`answer`), so a test sees the state between two stretches.
 */
function fakeStorage(issues: SearchableIssue[]) {
  const newestFirst = [...issues].sort((a, b) => b.number - a.number);
  const calls: { below: number | null; limit: number }[] = [];
  const waiting: (() => void)[] = [];
  const deps = {
    newestIssues(below: number | null, limit: number) {
      calls.push({ below, limit });
      const stretch = newestFirst.filter((issue) => below === null || issue.number < below).slice(0, limit);
      return new Promise<SearchableIssue[]>((resolve) => waiting.push(() => resolve(stretch)));
    },
  };
  /** Lets every read asked for so far answer, and waits until the store has taken the answers in. */
  async function answer() {
    for (const go of waiting.splice(0)) go();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  }
  /** Answers read after read until none is asked for. */
  async function answerAll() {
    while (waiting.length > 0) await answer();
  }
  return { deps, calls, answer, answerAll };
}

describe('the search store', () => {
  it('shows the first screen of hits from the newest issues, and the total once the rest is read', async () => {
    const storage = fakeStorage(archive(300));
    const search = createSearchStore(storage.deps);
    search.setQuery('kube');
    expect(search.store.get()).toMatchObject({ pending: true, counting: true, hits: [] });
    await storage.answer();
    // Eight issues of three hits: not yet a screen.
    expect(search.store.get()).toMatchObject({ pending: true, counting: true, matches: 24 });
    await storage.answer();
    const first = search.store.get();
    expect(first).toMatchObject({ pending: false, counting: true });
    expect(first.hits).toHaveLength(PAGE_SIZE);
    expect(first.hits[0]!.ref).toMatchObject({ issueNumber: 300, ordinal: 1 });
    expect(first.hits.at(-1)!.ref).toMatchObject({ issueNumber: 284, ordinal: 2 });
    expect(storage.calls.slice(0, 2)).toEqual([
      { below: null, limit: FIRST_STRETCH },
      { below: 300 - FIRST_STRETCH + 1, limit: FIRST_STRETCH * 2 },
    ]);

    await storage.answerAll();
    expect(search.store.get()).toMatchObject({ pending: false, counting: false, matches: 900 });
    expect(search.store.get().hits).toBe(first.hits);
    expect(Math.max(...storage.calls.map((call) => call.limit))).toBe(LONGEST_STRETCH);
  });

  it('stops reading for a query at the next keystroke', async () => {
    const storage = fakeStorage(archive(300));
    const search = createSearchStore(storage.deps);
    search.setQuery('kube');
    await storage.answer();
    await storage.answer();
    search.setQuery('kuber');
    const asked = storage.calls.length;
    await storage.answer();
    // The read for "kube" in flight answered, and asked for nothing more; "kuber" read on.
    expect(storage.calls.length).toBe(asked + 1);
    expect(storage.calls.at(-1)!.below).toBe(300 - FIRST_STRETCH + 1);
    await storage.answerAll();
    expect(search.store.get()).toMatchObject({ query: 'kuber', matches: 900, counting: false });
  });

  it('reads to the end for a rare word, showing its hits as they are found, busy until the end', async () => {
    const storage = fakeStorage(archive(300));
    const search = createSearchStore(storage.deps);
    search.setQuery('neodym');
    await storage.answer();
    await storage.answer();
    // Issues 300 to 277 read: three hits, shown, and the view still busy.
    expect(search.store.get()).toMatchObject({ pending: true, counting: true, matches: 3 });
    expect(search.store.get().hits.map((hit) => hit.ref.issueNumber)).toEqual([300, 290, 280]);
    await storage.answerAll();
    expect(search.store.get()).toMatchObject({ pending: false, counting: false, matches: 30 });
    expect(search.store.get().hits).toHaveLength(30);
  });

  it('lets go of the hits and stops reading when the view is left, and reads afresh on return', async () => {
    const storage = fakeStorage(archive(300));
    const search = createSearchStore(storage.deps);
    search.setQuery('kube');
    await storage.answer();
    await storage.answer();
    search.leave();
    expect(search.store.get()).toMatchObject({ query: '', hits: [], matches: 0, counting: false, pending: false });
    const asked = storage.calls.length;
    await storage.answerAll();
    expect(storage.calls.length).toBe(asked);
    expect(search.store.get().hits).toEqual([]);

    search.setQuery('kube');
    expect(storage.calls.at(-1)).toEqual({ below: null, limit: FIRST_STRETCH });
    await storage.answerAll();
    expect(search.store.get()).toMatchObject({ matches: 900, counting: false });
  });

  it('shows more hits on request while the count goes on', async () => {
    const storage = fakeStorage(archive(300));
    const search = createSearchStore(storage.deps);
    search.setQuery('kube');
    await storage.answer();
    await storage.answer();
    search.showMore();
    expect(search.store.get()).toMatchObject({ shown: 2 * PAGE_SIZE, pending: true, counting: true });
    await storage.answerAll();
    const { hits } = search.store.get();
    expect(hits).toHaveLength(2 * PAGE_SIZE);
    expect(hits.map((hit) => hit.ref.issueNumber)).toEqual([...hits.map((hit) => hit.ref.issueNumber)].sort((a, b) => b - a));
    expect(search.store.get()).toMatchObject({ pending: false, counting: false, matches: 900 });
  });

  it('says why when the archive cannot be read, and is no longer busy', async () => {
    const search = createSearchStore({ newestIssues: () => Promise.reject(new Error('disk gone')) });
    search.setQuery('kube');
    await expect.poll(() => search.store.get().error).toMatch(/disk gone/);
    expect(search.store.get()).toMatchObject({ pending: false, counting: false });
  });

  it('asks storage for nothing on an empty query', () => {
    const storage = fakeStorage(archive(3));
    const search = createSearchStore(storage.deps);
    search.setQuery('  ?! ');
    expect(storage.calls).toEqual([]);
    expect(search.store.get()).toMatchObject({ pending: false, counting: false, matches: 0 });
  });
});
