import { describe, expect, it } from 'vitest';
import { addItem, loadDraft, openCuratorDb, updateDraft } from '../../../src/storage';
import { publishDraft } from '../../../src/storage/publish';

let count = 0;
const freshDb = () => openCuratorDb(`publish-${++count}`);
const MONDAY_2021_03_01 = Date.UTC(2021, 2, 1, 12);

describe('publishDraft', () => {
  it('moves the draft into the archive with its items and starts the next one', async () => {
    const db = await freshDb();
    const { issue } = await loadDraft(db, MONDAY_2021_03_01);
    await updateDraft(db, issue.id, { number: 117, date: '2021-03-03', headline: 'Backstage 🔊' });
    await addItem(db, { title: 'A', url: 'https://a.test/', commentary: 'Read. 🔊' });
    const result = await publishDraft(db, MONDAY_2021_03_01);
    expect(result).toEqual({ ok: true, published: { number: 117, date: '2021-03-03' }, next: { number: 118, date: '2021-03-10' } });
    const published = await db.get('issues', issue.id);
    expect(published).toMatchObject({ status: 'published', number: 117, headline: 'Backstage 🔊' });
    expect(await db.countFromIndex('items', 'by-issue', issue.id)).toBe(1);
    const next = await loadDraft(db);
    expect(next.issue).toMatchObject({ status: 'draft', number: 118, date: '2021-03-10', headline: '', intro: '' });
    expect(next.items).toEqual([]);
  });

  it('refuses an empty draft and changes nothing', async () => {
    const db = await freshDb();
    const { issue } = await loadDraft(db);
    expect(await publishDraft(db)).toEqual({ ok: false, reason: { code: 'noItems' } });
    expect((await loadDraft(db)).issue).toEqual(issue);
  });

  it('refuses a number already archived and changes nothing', async () => {
    const db = await freshDb();
    await db.put('issues', { id: 'p', status: 'published', number: 4, date: '2021-01-01', headline: '', intro: '', createdAt: 0, updatedAt: 0 });
    const { issue } = await loadDraft(db);
    await updateDraft(db, issue.id, { number: 4 });
    await addItem(db, { title: 'A', url: 'https://a.test/', commentary: '' });
    const result = await publishDraft(db);
    expect(result).toEqual({ ok: false, reason: { code: 'numberArchived', number: 4 } });
    expect(await db.countFromIndex('issues', 'by-status', 'draft')).toBe(1);
  });

  // Regression (issue 12, item 16): an undated published issue made every later backup unrestorable.
  it('refuses a draft with no date and changes nothing', async () => {
    const db = await freshDb();
    const { issue } = await loadDraft(db);
    await updateDraft(db, issue.id, { date: '' });
    await addItem(db, { title: 'A', url: 'https://a.test/', commentary: '' });
    expect(await publishDraft(db)).toEqual({ ok: false, reason: { code: 'noDate' } });
    expect(await db.countFromIndex('issues', 'by-status', 'published')).toBe(0);
  });

  // Regression (issue 12, item 4): the next draft was dated by the issue just published alone.
  it('dates the next draft after every archived issue, not only the one just published', async () => {
    const db = await freshDb();
    await db.put('issues', { id: 'p', status: 'published', number: 2, date: '2021-03-10', headline: '', intro: '', createdAt: 0, updatedAt: 0 });
    const { issue } = await loadDraft(db, MONDAY_2021_03_01);
    await updateDraft(db, issue.id, { number: 1, date: '2021-03-03' });
    await addItem(db, { title: 'A', url: 'https://a.test/', commentary: '' });
    const result = await publishDraft(db, MONDAY_2021_03_01);
    expect(result).toMatchObject({ ok: true, next: { number: 3, date: '2021-03-17' } });
    expect((await loadDraft(db)).issue).toMatchObject({ number: 3, date: '2021-03-17' });
  });
});
