import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/core/issue';
import { RecordRefusedError } from '../../../src/core/model';
import {
  addItem,
  exportBackup,
  importIssues,
  listArchive,
  loadClipDraft,
  loadDraft,
  openCuratorDb,
  saveClipDraft,
  updateDraft,
  updateItem,
} from '../../../src/storage';

let count = 0;
const freshDb = () => openCuratorDb(`record-refusal-${++count}`);
const link = { title: 'Gateway API', url: 'https://example.com/gateway', commentary: 'Routes.' };
/** What a refusal says: which kind of record, which field, and the check's code. */
const refused = (kind: string, field: string, problem: object) => expect.objectContaining({ code: 'recordRefused', kind, field, problem });

describe('storage runs the model’s checks on write', () => {
  it('refuses an item field that fails its check, and keeps the item as it was', async () => {
    const db = await freshDb();
    const item = await addItem(db, link);
    const long = 'x'.repeat(1_000_001);
    await expect(updateItem(db, item.id, { commentary: long })).rejects.toEqual(refused('item', 'commentary', { code: 'tooLong', max: 1_000_000 }));
    await expect(updateItem(db, item.id, { url: 'javascript:alert(1)' })).rejects.toBeInstanceOf(RecordRefusedError);
    expect((await loadDraft(db)).items).toStrictEqual([item]);
  });

  it('refuses a new item that fails a check, and adds nothing', async () => {
    const db = await freshDb();
    await expect(addItem(db, { ...link, url: 'javascript:alert(1)' })).rejects.toEqual(refused('item', 'url', { code: 'unsafeScheme', scheme: 'javascript' }));
    expect((await loadDraft(db)).items).toEqual([]);
  });

  it('refuses an issue number or date outside the issue rules, and keeps the draft as it was', async () => {
    const db = await freshDb();
    const { issue } = await loadDraft(db);
    await expect(updateDraft(db, issue.id, { number: 0 })).rejects.toEqual(refused('issue', 'number', expect.objectContaining({ code: 'notWholeNumber' })));
    await expect(updateDraft(db, issue.id, { date: 'next Wednesday' })).rejects.toEqual(refused('issue', 'date', { code: 'notIssueDate' }));
    expect((await loadDraft(db)).issue).toStrictEqual(issue);
  });

  it('refuses a half-written blurb whose address links to another host, and keeps none', async () => {
    const db = await freshDb();
    const page = 'https://example.com/post';
    await expect(saveClipDraft(db, page, { title: 'Post', url: '//evil.example/x', commentary: 'Half' })).rejects.toEqual(
      refused('clip', 'url', { code: 'otherHost' }),
    );
    expect(await loadClipDraft(db, page)).toBeUndefined();
  });

  it('refuses an import holding a record that fails a check, and imports nothing of it', async () => {
    const db = await freshDb();
    const good: Issue = { number: 90, date: '2020-01-01', headline: 'Good', intro: '', items: [link] };
    const bad: Issue = { number: 91, date: '2020-01-08', headline: 'Bad', intro: '', items: [{ ...link, url: 'data:text/html,<b>x</b>' }] };
    const plan = { entries: [good, bad].map((issue) => ({ issue, onConflict: 'skip' as const })) };
    await expect(importIssues(db, plan)).rejects.toEqual(refused('item', 'url', { code: 'unsafeScheme', scheme: 'data' }));
    expect(await listArchive(db)).toEqual([]);
  });

  it('leaves every backup it writes restorable', async () => {
    const db = await freshDb();
    const item = await addItem(db, link);
    await updateItem(db, item.id, { url: 'javascript:alert(1)' }).catch(() => undefined);
    expect((await exportBackup(db)).data.items.map((i) => i.url)).toEqual([link.url]);
  });
});
