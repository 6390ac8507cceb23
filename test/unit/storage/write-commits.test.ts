import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBackup } from '../../../src/core/backup';
import {
  addItem,
  type CuratorDatabase,
  deleteItem,
  discardClipDraft,
  exportBackup,
  loadDraft,
  markBackedUp,
  moveItem,
  onOwnChange,
  openCuratorDb,
  publishDraft,
  restoreBackup,
  saveClipDraft,
  updateDraft,
  updateItem,
} from '../../../src/storage';

/**
 * "Saved" may only be said once a transaction has committed. A request can succeed and its
 * transaction still fail at commit (no room left, the disk gone): every write must await
 * `tx.done`. Here each request's success aborts its transaction, the way a failed commit ends it.
 */
function abortEveryTransactionAfterItsFirstWrite() {
  // A write that asks to commit at once (saveClipDraft) would leave nothing to abort: its commit
  // is left to the automatic one here, so it can fail as a commit can.
  vi.spyOn(IDBTransaction.prototype, 'commit').mockImplementation(() => undefined);
  for (const method of ['put', 'add', 'delete'] as const) {
    const real = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      const request = real.apply(this, args);
      request.addEventListener('success', () => {
        try {
          this.transaction.abort();
        } catch {
          // Already aborted by an earlier request of the same transaction.
        }
      });
      return request;
    } as never);
  }
}

let count = 0;
async function seeded() {
  const db = await openCuratorDb(`commits-${++count}`);
  const first = await addItem(db, { title: 'One', url: 'https://example.com/1', commentary: '' });
  await addItem(db, { title: 'Two', url: 'https://example.com/2', commentary: '' });
  await saveClipDraft(db, 'https://example.com/half', { title: 'Half', url: 'https://example.com/half', commentary: 'Hal' });
  return { db, first, issueId: (await loadDraft(db)).issue.id };
}
const snapshot = async (db: CuratorDatabase) => ({
  issues: await db.getAll('issues'),
  items: await db.getAll('items'),
  clips: await db.getAll('clips'),
  meta: await db.getAll('meta'),
});

afterEach(() => vi.restoreAllMocks());

type Write = (db: CuratorDatabase, ids: { first: string; issueId: string }) => Promise<unknown>;
const WRITES: [string, Write][] = [
  ['addItem', (db) => addItem(db, { title: 'Three', url: 'https://example.com/3', commentary: '' })],
  ['updateItem', (db, { first }) => updateItem(db, first, { commentary: 'changed' })],
  ['updateDraft', (db, { issueId }) => updateDraft(db, issueId, { headline: 'changed' })],
  ['deleteItem', (db, { first }) => deleteItem(db, first)],
  ['moveItem', (db, { first }) => moveItem(db, first, 1)],
  ['saveClipDraft', (db) => saveClipDraft(db, 'https://example.com/other', { title: 'x', url: 'https://example.com/other', commentary: 'x' })],
  ['discardClipDraft', (db) => discardClipDraft(db, 'https://example.com/half')],
  ['markBackedUp', (db) => markBackedUp(db, 5)],
  ['publishDraft', (db) => publishDraft(db)],
  [
    'restoreBackup',
    async (db) => {
      const reading = readBackup(JSON.stringify(await exportBackup(db)));
      if (!reading.ok) throw new Error('unreadable');
      return restoreBackup(db, { ...reading.file.data, items: [] }, 'replace');
    },
  ],
];

describe('every write', () => {
  it.each(WRITES)('%s fails, and tells no page of a change, when its transaction does not commit', async (_, write) => {
    const { db, first, issueId } = await seeded();
    const before = await snapshot(db);
    const announced = vi.fn();
    const stop = new AbortController();
    onOwnChange(announced, stop.signal);
    abortEveryTransactionAfterItsFirstWrite();
    await expect(write(db, { first: first.id, issueId })).rejects.toThrow();
    vi.restoreAllMocks();
    stop.abort();
    expect(announced).not.toHaveBeenCalled();
    expect(await snapshot(db)).toEqual(before);
  });
});
