import { describe, expect, it } from 'vitest';
import { blurbsWith, buildHistoryIndex, emojiWith, HISTORY_VERSION, type HistoryIndex } from '../../../src/core/emoji-suggest';
import {
  addItem,
  type CuratorDatabase,
  editPublishedIssue,
  loadDraft,
  loadEmojiHistory,
  openCuratorDb,
  publishDraft,
  saveEmojiHistory,
  updateDraft,
} from '../../../src/storage';

let dbCount = 0;
const freshDb = () => openCuratorDb(`emoji-history-${++dbCount}`);
const WEDNESDAY = Date.UTC(2026, 11, 2, 12);

/** Publishes one issue numbered `number` with these blurbs; returns its id. */
async function publish(db: CuratorDatabase, number: number, blurbs: [string, string][]): Promise<string> {
  const { issue } = await loadDraft(db, WEDNESDAY);
  await updateDraft(db, issue.id, { number, date: `2026-12-${String(number + 1).padStart(2, '0')}` });
  for (const [title, commentary] of blurbs) await addItem(db, { title, url: `https://example.com/${encodeURIComponent(title)}`, commentary });
  expect(await publishDraft(db, WEDNESDAY)).toMatchObject({ ok: true });
  return issue.id;
}

/** What the popup does: the kept index, or one worked out and kept. */
async function history(db: CuratorDatabase): Promise<{ index: HistoryIndex; kept: boolean }> {
  const loaded = await loadEmojiHistory(db);
  if ('index' in loaded) return { index: loaded.index, kept: true };
  const index = buildHistoryIndex(loaded.entries);
  await saveEmojiHistory(db, index, loaded.token);
  return { index, kept: false };
}

describe('the kept emoji history', () => {
  it('is worked out once, then read as kept, answering the same', async () => {
    const db = await freshDb();
    await publish(db, 1, [
      ['Falco', 'Runtime security. 🔒'],
      ['Kyverno', 'Policies as security code 🛡'],
    ]);
    const first = await history(db);
    expect(first.kept).toBe(false);
    const second = await history(db);
    expect(second.kept).toBe(true);
    expect(second.index).toEqual(first.index);
    expect(blurbsWith(second.index, 'security')).toBe(2);
    expect(emojiWith(second.index, 'falco')).toEqual(new Map([['🔒', 1]]));
    expect([...second.index.forms.values()]).toEqual(['🔒', '🛡']);
  });

  it('is worked out again after a publish, with the new issue in it', async () => {
    const db = await freshDb();
    await publish(db, 1, [['Falco', 'Runtime security. 🔒']]);
    await history(db);
    await publish(db, 2, [['Cilium', 'eBPF networking 🐝']]);
    const after = await history(db);
    expect(after.kept).toBe(false);
    expect(blurbsWith(after.index, 'cilium')).toBe(1);
    expect((await history(db)).kept).toBe(true);
  });

  it('is worked out again after a published issue is edited', async () => {
    const db = await freshDb();
    const id = await publish(db, 1, [['Falco', 'Runtime security. 🔒']]);
    await history(db);
    const [item] = await db.getAllFromIndex('items', 'by-issue', id);
    expect(await editPublishedIssue(db, id, { issue: {}, items: [{ id: item!.id, commentary: 'Runtime security. 🚨' }] })).toBe(true);
    const after = await history(db);
    expect(after.kept).toBe(false);
    expect(emojiWith(after.index, 'falco')).toEqual(new Map([['🚨', 1]]));
  });

  it('is not kept when the issues changed while it was worked out', async () => {
    const db = await freshDb();
    await publish(db, 1, [['Falco', 'Runtime security. 🔒']]);
    const loaded = await loadEmojiHistory(db);
    expect('entries' in loaded).toBe(true);
    if (!('entries' in loaded)) return;
    await publish(db, 2, [['Cilium', 'eBPF networking 🐝']]);
    expect(await saveEmojiHistory(db, buildHistoryIndex(loaded.entries), loaded.token)).toBe(false);
    expect(blurbsWith((await history(db)).index, 'cilium')).toBe(1);
  });

  it('is worked out again when kept by other rules', async () => {
    const db = await freshDb();
    await publish(db, 1, [['Falco', 'Runtime security. 🔒']]);
    const { index } = await history(db);
    await db.put('meta', { key: 'emoji-history', state: 'current', version: HISTORY_VERSION - 1, index: { ...index, size: 99 } });
    const again = await history(db);
    expect(again.kept).toBe(false);
    expect(again.index.size).toBe(1);
  });

  it('keeps what it worked out in place of one kept by other rules', async () => {
    const db = await freshDb();
    await publish(db, 1, [['Falco', 'Runtime security. 🔒']]);
    const { index } = await history(db);
    await db.put('meta', { key: 'emoji-history', state: 'current', version: HISTORY_VERSION - 1, index: { ...index, size: 99 } });
    expect((await history(db)).kept).toBe(false);
    const next = await history(db);
    expect(next.kept).toBe(true);
    expect(next.index.size).toBe(1);
  });
});
