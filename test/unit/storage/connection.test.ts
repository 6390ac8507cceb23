import { forceCloseDatabase } from 'fake-indexeddb';
import { openDB, unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addItem, type CuratorDatabase, createConnection, loadDraft, openCuratorDb, StorageError } from '../../../src/storage';
import { DB_VERSION } from '../../../src/storage/schema';
import { oldDatabase, V3_RECORDS } from '../../fixtures/old-databases';
import { WAIT_TIMEOUT } from '../../timeouts';

let count = 0;
const name = () => `connection-${++count}`;
const link = { title: 'Link', url: 'https://example.com/a', commentary: '' };
/** The database a `run` sees, to act on it behind the connection's back. */
const dbOf = (connection: ReturnType<typeof createConnection>) => connection.run(async (db) => db);

afterEach(() => vi.restoreAllMocks());

describe('a page’s connection', () => {
  it('opens on first use', async () => {
    const opened = vi.fn();
    const connection = createConnection({ opened }, name());
    expect((await connection.run((db) => loadDraft(db))).items).toEqual([]);
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it('reopens on the next operation after the browser terminated it', async () => {
    const connection = createConnection({}, name());
    const first = await dbOf(connection);
    forceCloseDatabase(unwrap(first) as never);
    // Reopened before the operation runs: it runs once, on the new connection.
    const tries: CuratorDatabase[] = [];
    await connection.run((db) => {
      tries.push(db);
      return addItem(db, link);
    });
    expect(tries).toHaveLength(1);
    const second = await dbOf(connection);
    expect(second).not.toBe(first);
    expect(await second.count('items')).toBe(1);
  });

  it('reopens when an operation finds the connection closed, running it once more', async () => {
    const connection = createConnection({}, name());
    (await dbOf(connection)).close(); // closed without any event: the next transaction throws
    await expect(connection.run((db) => addItem(db, link))).resolves.toMatchObject({ title: 'Link' });
    expect(await connection.run((db) => db.count('items'))).toBe(1);
  });

  it('says the upgrade is blocked while another page holds an old version open, then carries on', async () => {
    const dbName = name();
    await oldDatabase(dbName, 3, V3_RECORDS);
    // A page of the old version that does not step aside (it holds the connection, no handler).
    const old = await openDB(dbName, 3);
    const events = { blocked: vi.fn(), opened: vi.fn() };
    const connection = createConnection(events, dbName);
    const draft = connection.run((db) => loadDraft(db));
    await vi.waitFor(() => expect(events.blocked).toHaveBeenCalled(), { timeout: WAIT_TIMEOUT });
    expect(events.opened).not.toHaveBeenCalled();
    old.close();
    expect((await draft).items.map((i) => i.title)).toEqual(['Draft link']);
    expect(events.opened).toHaveBeenCalledTimes(1);
  });

  it('saves what is pending, closes and asks for a reload when another page upgrades', async () => {
    const dbName = name();
    const events = { beforeClose: vi.fn(), closedForUpgrade: vi.fn() };
    const connection = createConnection(events, dbName);
    const { issue } = await connection.run((db) => loadDraft(db));
    // Saving the pending edit goes through the connection while it is still open.
    events.beforeClose.mockImplementation(() => connection.run((db) => addItem(db, { ...link, title: 'Typed before the upgrade' })));
    const newer = await openDB(dbName, DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('future') });
    expect(events.beforeClose).toHaveBeenCalledTimes(1);
    expect(events.closedForUpgrade).toHaveBeenCalledTimes(1);
    expect((await newer.getAll('items')).map((i: { title: string }) => i.title)).toEqual(['Typed before the upgrade']);
    expect(await newer.get('issues', issue.id)).toMatchObject({ status: 'draft' });
    newer.close();
    await expect(connection.run((db) => loadDraft(db))).rejects.toMatchObject({ problem: 'reload' });
  });

  it('says plainly when there is no room left', async () => {
    const connection = createConnection({}, name());
    await connection.run((db) => loadDraft(db));
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = connection.run((db) => addItem(db, link));
    await expect(failure).rejects.toBeInstanceOf(StorageError);
    await expect(failure).rejects.toMatchObject({ problem: 'quota' });
  });

  it('says plainly when IndexedDB cannot be used at all, and tries again next time', async () => {
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    });
    const connection = createConnection({}, name());
    await expect(connection.run((db) => loadDraft(db))).rejects.toMatchObject({
      problem: 'unavailable',
      detail: 'A mutation operation was attempted on a database that did not allow mutations.',
    });
    open.mockRestore();
    await expect(connection.run((db) => loadDraft(db))).resolves.toMatchObject({ items: [] });
  });
});

describe('opening directly', () => {
  it('keeps the plain close-at-once behaviour for pages without a handler (the service worker)', async () => {
    const dbName = name();
    const db: CuratorDatabase = await openCuratorDb(dbName);
    const newer = await openDB(dbName, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    expect(() => db.transaction('items')).toThrow();
  });
});
