import { describe, expect, it } from 'vitest';
import { createDeskStore } from '../../../../../options/sections/draft/desk-store';
import { createEditorStore } from '../../../../../options/sections/draft/editor-store';
import { createSettingsStore } from '../../../../../options/sections/settings/settings-store';
import { loadDraft, openCuratorDb } from '../../../../../src/storage';
import { deskDeps, editorDeps, settingsDeps } from '../../../../fakes/editor-deps';

let dbCount = 0;
async function deskOn() {
  const db = await openCuratorDb(`desk-${++dbCount}`);
  const editor = createEditorStore(editorDeps(db));
  const settings = createSettingsStore(settingsDeps(db));
  const desk = createDeskStore(deskDeps(db), editor, settings);
  await editor.load();
  return { db, desk, settings };
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

  it('adds no slot while the setting is empty', async () => {
    const { db, desk, settings } = await deskOn();
    await settings.change({ recurringSlot: '' });
    expect(await desk.addRecurringSlot()).toBeNull();
    expect((await loadDraft(db)).items).toEqual([]);
  });
});
