import { describe, expect, it } from 'vitest';
import { createPopupStore } from '../../../popup/popup-store';
import type { Issue } from '../../../src/core/issue';
import { importIssues, openCuratorDb } from '../../../src/storage';
import { openTab } from '../../fakes/browser';
import { popupDeps } from '../../fakes/popup-deps';
import { until } from '../../fixtures/until-state';

/**
 * Every IndexedDB call that reads records, counted as made. Wrapped before any database is opened:
 * idb keeps the cursor methods it finds on first use, and must find these.
 */
const READS = [
  [IDBObjectStore.prototype, ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']],
  [IDBIndex.prototype, ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']],
  [IDBCursor.prototype, ['continue', 'advance']],
] as const;
let reads = 0;
for (const [prototype, names] of READS) {
  const methods = prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of names) {
    const original = methods[name]!;
    methods[name] = function (this: unknown, ...args: unknown[]) {
      reads++;
      return original.apply(this, args);
    };
  }
}

/** `count` published issues of two items each, none of whose blurbs ends with emoji. */
function archive(count: number): Issue[] {
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    date: new Date(Date.UTC(2000, 0, 5) + i * 7 * 86_400_000).toISOString().slice(0, 10),
    headline: `Issue ${i + 1}`,
    intro: '',
    items: [0, 1].map((n) => ({ title: `Link ${i}-${n}`, url: `https://links.example/${i}/${n}`, commentary: 'Worth a read.' })),
  }));
}

let dbCount = 0;

/** The requests the popup makes from opening to one item added, with `issues` archived. */
async function readsToAdd(issues: number): Promise<number> {
  const db = await openCuratorDb(`popup-archive-size-${++dbCount}`);
  await importIssues(db, { entries: archive(issues).map((issue) => ({ issue, onConflict: 'skip' as const })) });
  openTab({ title: 'A new post', url: 'https://example.com/new-post', page: { result: { title: 'A new post', url: 'https://example.com/new-post' } } });
  const before = reads;
  const popup = createPopupStore(popupDeps(db));
  await popup.start();
  await until(popup.store, (s) => s.draft !== null && s.blurbHistory !== null && s.source !== 'pending');
  popup.edit('commentary', 'Read it.');
  await popup.add();
  await popup.flush();
  expect(popup.store.get().phase).toBe('added');
  db.close();
  return reads - before;
}

describe('the popup, from opening to one item added', () => {
  // Its emoji history once read every archived issue whose blurbs had no emoji (up to 2,000
  // blurbs with them), so Add waited on a read that grew with the archive.
  it('makes as many IndexedDB reads with 1,600 archived issues as with 160', async () => {
    const small = await readsToAdd(160);
    const large = await readsToAdd(1600);
    expect(large).toBe(small);
  });
});
