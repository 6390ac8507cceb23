import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { addItem, loadDraft, loadSettings, openCuratorDb, publishDraft, saveSettings, updateDraft } from '../../../src/storage';

let count = 0;
const freshDb = () => openCuratorDb(`settings-${++count}`);
const link = (title: string) => ({ title, url: `https://x.test/${encodeURIComponent(title)}`, commentary: '' });
const titles = async (db: Awaited<ReturnType<typeof freshDb>>) => (await loadDraft(db)).items.map((i) => i.title);

describe('settings in storage', () => {
  it('are the defaults until saved, and only valid settings are kept', async () => {
    const db = await freshDb();
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    await saveSettings(db, { ...DEFAULT_SETTINGS, weekday: 1, issueUrlBase: 'javascript:x' });
    expect(await loadSettings(db)).toEqual({ ...DEFAULT_SETTINGS, weekday: 1 });
  });

  it('keep the recurring slot last: new items go in before it', async () => {
    const db = await freshDb();
    await addItem(db, link('A'));
    await addItem(db, link('Tweet of the week'));
    await addItem(db, link('B'));
    expect(await titles(db)).toEqual(['A', 'B', 'Tweet of the week']);
    await saveSettings(db, { ...DEFAULT_SETTINGS, recurringSlot: '' }); // turned off
    await addItem(db, link('C'));
    expect(await titles(db)).toEqual(['A', 'B', 'Tweet of the week', 'C']);
  });

  it('date the next draft on the newsletter’s weekday when publishing', async () => {
    const db = await freshDb();
    await saveSettings(db, { ...DEFAULT_SETTINGS, weekday: 1 }); // Mondays
    const { issue } = await loadDraft(db);
    await updateDraft(db, issue.id, { number: 7, date: '2021-03-01' });
    await addItem(db, link('A'));
    const result = await publishDraft(db, Date.UTC(2021, 1, 28, 12));
    expect(result).toMatchObject({ ok: true, next: { number: 8, date: '2021-03-08' } });
  });
});
