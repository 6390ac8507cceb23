import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import * as storageModule from '../../../src/storage';
import { addItem, createConnection, type ItemFields, type ItemRecord, loadDraft, StorageError, updateItem } from '../../../src/storage';
import { bindStorage, bindStorageOnFirstUse } from '../../../src/storage/bind-storage';

let count = 0;
const connection = () => createConnection({}, `bind-storage-${++count}`);
const link: ItemFields = { title: 'Link', url: 'https://example.com/a', commentary: '' };

afterEach(() => vi.restoreAllMocks());

describe('binding storage functions to a page’s connection', () => {
  it('gives each function without its database, passing on its arguments and its result', async () => {
    const storage = bindStorage(connection(), { addItem, loadDraft, updateItem });
    const added = await storage.addItem(link);
    expect(await storage.updateItem(added.id, { title: 'Renamed' })).toBe(true);
    expect((await storage.loadDraft()).items.map((item) => item.title)).toEqual(['Renamed']);
    expect(Object.keys(storage).sort()).toEqual(['addItem', 'loadDraft', 'updateItem']);
  });

  it('types each function as the repository declares it, less the database', () => {
    const storage = bindStorage(connection(), { addItem, updateItem });
    expectTypeOf(storage.addItem).parameters.toEqualTypeOf<[fields: ItemFields, now?: number]>();
    expectTypeOf(storage.addItem).returns.toEqualTypeOf<Promise<ItemRecord>>();
    expectTypeOf(storage.updateItem).parameters.toEqualTypeOf<[id: string, patch: Partial<ItemFields>, now?: number]>();
    // Only repository functions can be bound, and only by their own names.
    // @ts-expect-error createConnection does not take the database first
    bindStorage(connection(), { createConnection });
    // @ts-expect-error not a storage function of this module
    bindStorageOnFirstUse(async () => ({ functions: storageModule, connection: connection() }), ['explainStorageError']);
  });

  it.each([
    ['the browser terminated it', (db: storageModule.CuratorDatabase) => forceCloseDatabase(unwrap(db) as never)],
    ['it was closed without an event', (db: storageModule.CuratorDatabase) => db.close()],
  ])('reopens the connection when %s', async (_, close) => {
    const page = connection();
    const storage = bindStorage(page, { addItem, loadDraft });
    await storage.addItem(link);
    close(await page.run(async (db) => db));
    await storage.addItem({ ...link, title: 'After the close' });
    expect((await storage.loadDraft()).items.map((item) => item.title)).toEqual(['Link', 'After the close']);
  });

  it('explains a failure as the connection does', async () => {
    const storage = bindStorage(connection(), { addItem });
    await storage.addItem(link);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(storage.addItem(link)).rejects.toBeInstanceOf(StorageError);
  });
});

describe('binding storage that loads on first use', () => {
  it('loads nothing until a function is called, then loads once for every call', async () => {
    const page = connection();
    const load = vi.fn(async () => ({ functions: storageModule, connection: page }));
    const storage = bindStorageOnFirstUse(load, ['addItem', 'loadDraft']);
    expect(Object.keys(storage).sort()).toEqual(['addItem', 'loadDraft']);
    expect(load).not.toHaveBeenCalled();
    await Promise.all([storage.addItem(link), storage.addItem({ ...link, title: 'Second' })]);
    expect((await storage.loadDraft()).items.map((item) => item.title).sort()).toEqual(['Link', 'Second']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('runs every call through the loaded connection, reopened after the browser closed it', async () => {
    const page = connection();
    const storage = bindStorageOnFirstUse(async () => ({ functions: storageModule, connection: page }), ['addItem', 'loadDraft']);
    await storage.addItem(link);
    (await page.run(async (db) => db)).close();
    await storage.addItem({ ...link, title: 'After the close' });
    expect((await storage.loadDraft()).items).toHaveLength(2);
  });
});
