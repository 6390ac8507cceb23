import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { addItem, deleteItem, listPool, loadDraft, openCuratorDb, saveForLater, saveSettings } from '../../../src/storage';

let dbCount = 0;
const link = { title: 'A link', url: 'https://example.com/a', commentary: '' };

describe('who added an item', () => {
  it('is the curator’s name when the item or collected link was added, and stays when the name changes', async () => {
    const db = await openCuratorDb(`added-by-${++dbCount}`);
    const unnamed = await addItem(db, link);
    expect(unnamed.addedBy).toBe('');
    await saveSettings(db, { ...DEFAULT_SETTINGS, yourName: ' Ana ' });
    const item = await addItem(db, { ...link, url: 'https://example.com/b' });
    const pooled = await saveForLater(db, { ...link, url: 'https://example.com/c' });
    expect([item.addedBy, pooled.addedBy]).toEqual(['Ana', 'Ana']);

    await saveSettings(db, { ...DEFAULT_SETTINGS, yourName: 'Ben' });
    expect((await loadDraft(db)).items.map((i) => i.addedBy)).toEqual(['', 'Ana']);
    expect((await listPool(db)).links.map((i) => i.addedBy)).toEqual(['Ana']);
  });

  it('is kept when an item comes back (Undo adds it again with its content)', async () => {
    const db = await openCuratorDb(`added-by-${++dbCount}`);
    await saveSettings(db, { ...DEFAULT_SETTINGS, yourName: 'Ana' });
    const item = await addItem(db, link);
    await deleteItem(db, item.id);
    await saveSettings(db, { ...DEFAULT_SETTINGS, yourName: 'Ben' });
    const back = await addItem(db, { ...link, addedBy: item.addedBy });
    expect(back.addedBy).toBe('Ana');
  });
});
