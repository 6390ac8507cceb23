import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { addItem, deleteItem, draftToIssue, loadDraft, moveItem, openCuratorDb, saveSettings, updateDraft, updateItem } from '../../../src/storage';
import { DB_VERSION } from '../../../src/storage/schema';

let dbCount = 0;
/** A fresh database per test: fake-indexeddb keeps every name for the whole run. */
const freshDb = () => openCuratorDb(`test-${++dbCount}`);
const link = (n: number) => ({ title: `Link ${n}`, url: `https://example.com/${n}`, commentary: `Blurb ${n} 🔊` });
const WEDNESDAY_2021_03_03 = new Date(2021, 2, 3, 9).getTime();

describe('the draft', () => {
  it('is created once, empty, numbered 1 and dated the next Wednesday', async () => {
    const db = await freshDb();
    const first = await loadDraft(db, WEDNESDAY_2021_03_03 + 86_400_000);
    const second = await loadDraft(db);
    expect(first.issue).toMatchObject({ status: 'draft', number: 1, date: '2021-03-10', headline: '', intro: '' });
    expect(second.issue.id).toBe(first.issue.id);
    expect(await db.count('issues')).toBe(1);
  });

  it('is one draft even when two pages open it at the same moment', async () => {
    const db = await freshDb();
    const [a, b] = await Promise.all([loadDraft(db), loadDraft(db)]);
    expect(a.issue.id).toBe(b.issue.id);
    expect(await db.count('issues')).toBe(1);
  });

  it('follows on from the highest published issue number', async () => {
    const db = await freshDb();
    await db.put('issues', { id: 'p', status: 'published', number: 134, date: '2021-12-01', headline: '', intro: '', createdAt: 0, updatedAt: 0 });
    expect((await loadDraft(db)).issue.number).toBe(135);
  });

  // Regression (issue 12, item 4): it was dated this issue day even when an archived issue was dated later.
  it('is dated after every archived issue, and never numbered past the rules', async () => {
    const db = await freshDb();
    await db.put('issues', { id: 'p', status: 'published', number: 134, date: '2021-03-10', headline: '', intro: '', createdAt: 0, updatedAt: 0 });
    expect((await loadDraft(db, WEDNESDAY_2021_03_03)).issue).toMatchObject({ number: 135, date: '2021-03-17' });
    const full = await freshDb();
    await full.put('issues', { id: 'p', status: 'published', number: 9_999_999, date: '2021-03-10', headline: '', intro: '', createdAt: 0, updatedAt: 0 });
    expect((await loadDraft(full, WEDNESDAY_2021_03_03)).issue).toMatchObject({ number: 9_999_999, date: '' });
  });

  it('keeps edits to its own fields', async () => {
    const db = await freshDb();
    const { issue } = await loadDraft(db);
    await updateDraft(db, issue.id, { number: 117, headline: 'Backstage (from Spotify) 🔊' });
    const again = await loadDraft(db);
    expect(again.issue).toMatchObject({ number: 117, headline: 'Backstage (from Spotify) 🔊', date: issue.date });
  });

  it('survives closing and reopening the database', async () => {
    const name = `test-reopen-${++dbCount}`;
    const db = await openCuratorDb(name);
    await addItem(db, link(1));
    db.close();
    const reopened = await openCuratorDb(name);
    expect(reopened.version).toBe(DB_VERSION);
    expect((await loadDraft(reopened)).items.map((i) => i.title)).toEqual(['Link 1']);
  });
});

describe('items', () => {
  it('are appended in order, each its own record', async () => {
    const db = await freshDb();
    for (const n of [1, 2, 3]) await addItem(db, link(n));
    const { items, issue } = await loadDraft(db);
    expect(items.map((i) => i.title)).toEqual(['Link 1', 'Link 2', 'Link 3']);
    expect(items.every((i) => i.issueId === issue.id)).toBe(true);
    expect(await db.count('items')).toBe(3);
  });

  it('are stored as plain records', async () => {
    const db = await freshDb();
    const record = await addItem(db, link(1));
    expect(Object.getPrototypeOf(await db.get('items', record.id))).toBe(Object.prototype);
  });

  it('can be edited field by field', async () => {
    const db = await freshDb();
    const record = await addItem(db, link(1));
    expect(await updateItem(db, record.id, { commentary: 'Changed ⚡' }, record.addedAt + 5)).toBe(true);
    const [item] = (await loadDraft(db)).items;
    expect(item).toMatchObject({ title: 'Link 1', commentary: 'Changed ⚡', updatedAt: record.addedAt + 5 });
  });

  it('report an edit to an item that was deleted meanwhile', async () => {
    const db = await freshDb();
    const record = await addItem(db, link(1));
    await deleteItem(db, record.id);
    expect(await updateItem(db, record.id, { title: 'x' })).toBe(false);
    expect(await db.count('items')).toBe(0);
  });

  it('can be deleted, leaving the others in order', async () => {
    const db = await freshDb();
    const records = [];
    for (const n of [1, 2, 3]) records.push(await addItem(db, link(n)));
    await deleteItem(db, records[1]!.id);
    expect((await loadDraft(db)).items.map((i) => i.title)).toEqual(['Link 1', 'Link 3']);
  });

  it('can be moved, and keep dense positions', async () => {
    const db = await freshDb();
    const records = [];
    for (const n of [1, 2, 3, 4]) records.push(await addItem(db, link(n)));
    await moveItem(db, records[3]!.id, 0);
    await moveItem(db, records[0]!.id, 3);
    const { items } = await loadDraft(db);
    expect(items.map((i) => i.title)).toEqual(['Link 4', 'Link 2', 'Link 3', 'Link 1']);
    expect(items.map((i) => i.position)).toEqual([0, 1, 2, 3]);
  });

  it('can be moved into a section in the same write, stamped as this curator’s change', async () => {
    const db = await freshDb();
    await saveSettings(db, { ...DEFAULT_SETTINGS, yourName: 'Ana' });
    const records = [];
    for (const n of [1, 2, 3]) records.push(await addItem(db, link(n)));
    await moveItem(db, records[0]!.id, 2, 'News', 1234);
    const { items } = await loadDraft(db);
    expect(items.map((i) => [i.title, i.section ?? '', i.position])).toEqual([
      ['Link 2', '', 0],
      ['Link 3', '', 1],
      ['Link 1', 'News', 2],
    ]);
    expect(items[2]).toMatchObject({ changedBy: 'Ana', changedAt: 1234, updatedAt: 1234 });
    expect(items[0]!.changedAt).not.toBe(1234);
    await expect(moveItem(db, records[1]!.id, 0, 42 as unknown as string)).rejects.toThrow();
    expect((await loadDraft(db)).items.map((i) => i.title)).toEqual(['Link 2', 'Link 3', 'Link 1']);
  });

  it('added after a deletion go last', async () => {
    const db = await freshDb();
    const first = await addItem(db, link(1));
    await addItem(db, link(2));
    await deleteItem(db, first.id);
    await addItem(db, link(3));
    expect((await loadDraft(db)).items.map((i) => i.title)).toEqual(['Link 2', 'Link 3']);
  });
  // Two items at one position (a restored or merged backup can hold them) came back in id order,
  // while the merge ordered them by when they were added.
  it('that share a position come back in the order they were added, as a merge orders them', async () => {
    const db = await freshDb();
    const template = await addItem(db, link(1));
    await db.clear('items');
    await db.put('items', { ...template, id: 'b', position: 0, addedAt: 100, title: 'Added first' });
    await db.put('items', { ...template, id: 'a', position: 0, addedAt: 200, title: 'Added second' });
    expect((await loadDraft(db)).items.map((i) => i.title)).toEqual(['Added first', 'Added second']);
  });
});

describe('draftToIssue', () => {
  it('gives the formatter plain issue content in item order', async () => {
    const db = await freshDb();
    const { issue } = await loadDraft(db);
    await updateDraft(db, issue.id, { number: 5, date: '2019-01-02', headline: 'H', intro: 'I' });
    await addItem(db, link(1));
    expect(draftToIssue(await loadDraft(db))).toEqual({
      number: 5,
      date: '2019-01-02',
      headline: 'H',
      intro: 'I',
      items: [link(1)],
    });
  });
});
