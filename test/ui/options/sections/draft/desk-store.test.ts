import { describe, expect, it } from 'vitest';
import { createDeskStore } from '../../../../../options/sections/draft/desk-store';
import { createEditorStore } from '../../../../../options/sections/draft/editor-store';
import { createSettingsStore } from '../../../../../options/sections/settings/settings-store';
import { addItem, listPool, loadDraft, openCuratorDb, saveForLater, updateItem } from '../../../../../src/storage';
import { deskDeps, editorDeps, settingsDeps } from '../../../../fakes/editor-deps';

let dbCount = 0;
async function deskOn() {
  const db = await openCuratorDb(`desk-${++dbCount}`);
  const editor = createEditorStore(editorDeps(db));
  const settings = createSettingsStore(settingsDeps(db));
  const desk = createDeskStore(deskDeps(db), editor, settings);
  await editor.load();
  return { db, desk, settings, editor };
}

// Guards the seam of the split: the settings live in their own store, the draft's desk reads them there.
describe('the desk and the settings store', () => {
  it('adds the recurring slot the settings store holds, as changed in the settings section', async () => {
    const { db, desk, settings } = await deskOn();
    await settings.change({ recurringSlot: 'Toot of the week' });
    expect(settings.store.get().status).toBe('Settings saved.');
    expect(await desk.addRecurringSlot()).not.toBeNull();
    expect((await loadDraft(db)).items.map((item) => item.title)).toEqual(['Toot of the week']);
  });

  it('adds the slot into the section of the same name when the issue has one', async () => {
    const { db, desk, settings } = await deskOn();
    await settings.change({
      recurringSlot: 'Tweet of the week',
      sections: [
        { name: 'News', limit: null },
        { name: 'Tweet Of The Week', limit: 1 },
      ],
    });
    expect(await desk.addRecurringSlot()).not.toBeNull();
    expect((await loadDraft(db)).items.map(({ title, section }) => ({ title, section }))).toEqual([
      { title: 'Tweet of the week', section: 'Tweet Of The Week' },
    ]);
  });

  it('adds no slot while the setting is empty', async () => {
    const { db, desk, settings } = await deskOn();
    await settings.change({ recurringSlot: '' });
    expect(await desk.addRecurringSlot()).toBeNull();
    expect((await loadDraft(db)).items).toEqual([]);
  });
});

describe('the desk and the pool of collected links', () => {
  it('sends an item back to the pool with its blurb and note, closes up the rest, and Undo puts it back at its place', async () => {
    const { db, desk } = await deskOn();
    for (const title of ['One', 'Two', 'Three']) await addItem(db, { title, url: `https://example.com/${title}`, commentary: `${title} blurb` });
    const two = (await loadDraft(db)).items[1]!;
    await updateItem(db, two.id, { note: 'ask Ana' });

    await desk.returnToPool({ ...two, note: 'ask Ana' }, 1);
    const draft = await loadDraft(db);
    expect(draft.items.map((item) => [item.title, item.position])).toEqual([
      ['One', 0],
      ['Three', 1],
    ]);
    const pooled = (await listPool(db)).links;
    expect(pooled.map((link) => [link.title, link.commentary, link.note])).toEqual([['Two', 'Two blurb', 'ask Ana']]);
    expect(desk.store.get().pooled).toEqual({ id: two.id, index: 1 });

    await desk.undoToPool();
    expect((await loadDraft(db)).items.map((item) => item.title)).toEqual(['One', 'Two', 'Three']);
    expect((await listPool(db)).links).toEqual([]);
    expect(desk.store.get().pooled).toBeNull();
  });

  it('adds a collected link dropped on the list at that place', async () => {
    const { db, desk } = await deskOn();
    for (const title of ['One', 'Two']) await addItem(db, { title, url: `https://example.com/${title}`, commentary: '' });
    const link = await saveForLater(db, { title: 'Pooled', url: 'https://example.com/pooled', commentary: 'Later' });
    await desk.addPooledAt(link.id, 1);
    expect((await loadDraft(db)).items.map((item) => item.title)).toEqual(['One', 'Pooled', 'Two']);
    expect((await listPool(db)).links).toEqual([]);
  });
});

describe('the desk and who added an item', () => {
  it('puts a deleted item back with who added it, whatever the name is now', async () => {
    const { db, desk, settings, editor } = await deskOn();
    await settings.change({ yourName: 'Ana' });
    const item = await addItem(db, { title: 'One', url: 'https://example.com/one', commentary: '' });
    await editor.reload();
    await desk.deleteItem(item, 0);
    await settings.change({ yourName: 'Ben' });
    await desk.undoDelete();
    expect((await loadDraft(db)).items.map((i) => [i.title, i.addedBy])).toEqual([['One', 'Ana']]);
  });
});
