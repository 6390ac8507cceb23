import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { addItem, loadDraft, loadSettings, openCuratorDb, publishDraft, saveForLater, saveSettings, updateDraft } from '../../../src/storage';

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

  describe('renaming a section', () => {
    const sections = (...names: string[]) => ({ ...DEFAULT_SETTINGS, sections: names.map((name) => ({ name, limit: null })) });
    const inSection = (title: string, section: string) => ({ ...link(title), section });
    const sectionsOf = async (db: Awaited<ReturnType<typeof freshDb>>) =>
      Object.fromEntries((await db.getAll('items')).map((item) => [item.title, { section: item.section, updatedAt: item.updatedAt }]));

    it('renames it on its items wherever they are, whatever the case they name it in, and leaves the others as they were', async () => {
      const db = await freshDb();
      await saveSettings(db, sections('Tools', 'News'));
      await addItem(db, inSection('Published', 'Tools'), 1);
      await updateDraft(db, (await loadDraft(db)).issue.id, { number: 1, date: '2021-01-04' });
      expect(await publishDraft(db, 2)).toMatchObject({ ok: true });
      await addItem(db, inSection('Drafted', ' tools '), 3);
      await addItem(db, inSection('Other', 'News'), 4);
      await addItem(db, link('None'), 5);
      await saveForLater(db, link('Collected'), 6);
      const before = await sectionsOf(db);
      await saveSettings(db, sections('Tooling', 'News'), [{ from: 'Tools', to: ' Tooling ' }], 99);
      expect(await sectionsOf(db)).toEqual({
        ...before,
        Published: { section: 'Tooling', updatedAt: 99 },
        Drafted: { section: 'Tooling', updatedAt: 99 },
      });
      expect((await loadSettings(db)).sections.map((section) => section.name)).toEqual(['Tooling', 'News']);
    });

    it('swaps two names without moving an item twice', async () => {
      const db = await freshDb();
      await saveSettings(db, sections('A', 'B'));
      await addItem(db, inSection('In A', 'A'), 1);
      await addItem(db, inSection('In B', 'B'), 2);
      await saveSettings(db, sections('B', 'A'), [
        { from: 'A', to: 'B' },
        { from: 'B', to: 'A' },
      ]);
      expect((await loadDraft(db)).items.map((item) => [item.title, item.section])).toEqual([
        ['In A', 'B'],
        ['In B', 'A'],
      ]);
    });

    it('leaves the items as they are when the new name is refused', async () => {
      const db = await freshDb();
      await saveSettings(db, sections('A', 'B'));
      await addItem(db, inSection('In A', 'A'), 1);
      await saveSettings(db, sections('B', 'B'), [{ from: 'A', to: 'B' }]);
      expect((await loadDraft(db)).items.map((item) => item.section)).toEqual(['A']);
    });
  });
});
