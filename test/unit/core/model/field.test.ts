import { describe, expect, it } from 'vitest';
import { checkRecord, pick, type RecordProblem } from '../../../../src/core/backup/record-checks';
import { ITEM_FIELDS, itemContent, newDraftIssue, newItem, sameIssue, sameItem } from '../../../../src/core/model';
import { text } from '../../../../src/core/model/checks';
import { buildRecord, contentField, keyField, sameRecord, stampField } from '../../../../src/core/model/field';

const T0 = Date.UTC(2026, 0, 5);
const item = newItem({ id: 'a', issueId: 'i', position: 0, now: T0, title: 'T', url: 'https://Example.com/x?utm_source=feed', commentary: 'C' });

describe('the model’s factories', () => {
  it('make an item in the table’s field order, its key made from its address', () => {
    expect(Object.keys(item)).toEqual(Object.keys(ITEM_FIELDS));
    expect(item).toMatchObject({ addedAt: T0, updatedAt: T0, urlKey: 'example.com/x' });
  });

  it('make an empty draft at the place given', () => {
    expect(newDraftIssue('d', { number: 3, date: '2026-01-07' }, T0)).toStrictEqual({
      id: 'd',
      status: 'draft',
      number: 3,
      date: '2026-01-07',
      headline: '',
      intro: '',
      createdAt: T0,
      updatedAt: T0,
      // Never reopened after publishing: the fallback of a field added after backup format 5.
      editedAt: 0,
    });
  });
});

describe('the model’s equality', () => {
  it('ignores ids, times and derived keys, and sees place and content', () => {
    expect(sameItem(item, { ...item, id: 'b', addedAt: 1, updatedAt: 2, urlKey: 'other' })).toBe(true);
    expect(sameItem(item, { ...item, position: 1 })).toBe(false);
    expect(sameItem(item, { ...item, commentary: 'D' })).toBe(false);
    const draft = newDraftIssue('d', { number: 3, date: '' }, T0);
    expect(sameIssue(draft, { ...draft, status: 'published' })).toBe(false);
  });

  it('copies only the content for Undo: every content field of the table, no key, place or stamp', () => {
    // Read from the table, so a new content field needs no edit here (the seam test walks it through Undo).
    const content = Object.entries(ITEM_FIELDS).flatMap(([name, field]) => (field.role === 'content' ? [name] : []));
    expect(Object.keys(itemContent(item))).toEqual(content);
    expect(itemContent(item)).toMatchObject({ title: 'T', url: item.url, commentary: 'C' });
  });
});

/** A record as a later version might declare it: `note` was added after backups were first written. */
const LATER = { id: keyField<string>(text), body: contentField<string>(text), note: contentField<string>(text, ''), at: stampField<number>(() => null) };

describe('a field added later, with a fallback', () => {
  it('may be missing from an older file, while a field without one may not', () => {
    const problems: RecordProblem[] = [];
    expect(checkRecord({ id: 'x', body: 'b', at: 1 }, LATER, { store: 'items', index: 0, path: '$.r' }, problems)).toBe(true);
    expect(checkRecord({ id: 'x', note: 'n', at: 1 }, LATER, { store: 'items', index: 1, path: '$.s' }, problems)).toBe(false);
    expect(problems).toEqual([{ path: '$.s.body', store: 'items', index: 1, id: 'x', field: 'body', fault: { code: 'missing' } }]);
  });

  it('stays absent when read, and counts as its fallback when compared and when built', () => {
    const old = pick<{ id: string; body: string; note?: string; at: number }>({ id: 'x', body: 'b', at: 1 }, LATER);
    expect(old).toStrictEqual({ id: 'x', body: 'b', at: 1 });
    const same = sameRecord(LATER);
    expect(same(old, { ...old, note: '' })).toBe(true);
    expect(same(old, { ...old, note: 'private' })).toBe(false);
    expect(buildRecord(LATER, { id: 'y', body: 'b', at: 2 })).toStrictEqual({ id: 'y', body: 'b', note: '', at: 2 });
  });
});
