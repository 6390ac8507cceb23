// @vitest-environment happy-dom
/**
 * The model's seam: every item field the model declares survives storage, backup, restore, merge
 * and Undo with no edit anywhere else, and every setting storage, backup and restore. The test
 * enumerates `ITEM_FIELDS` and `SETTINGS_FIELDS`, so a field added there is checked here too; a
 * path that copies or compares fields by hand fails it.
 */
import { describe, expect, it } from 'vitest';
import { createDeskStore } from '../../../../options/sections/draft/desk-store';
import { createEditorStore } from '../../../../options/sections/draft/editor-store';
import { createSettingsStore } from '../../../../options/sections/settings/settings-store';
import { type BackupData, makeBackup, mergeData, readBackup } from '../../../../src/core/backup';
import {
  DEFAULT_SETTINGS,
  ITEM_FIELDS,
  type ItemContent,
  type ItemRecord,
  newDraftIssue,
  newItem,
  SETTINGS_FIELDS,
  type SettingName,
  type Settings,
} from '../../../../src/core/model';
import {
  addItem,
  type CuratorDatabase,
  exportBackup,
  loadDraft,
  loadSettings,
  openCuratorDb,
  restoreBackup,
  saveSettings,
  updateItem,
} from '../../../../src/storage';
import { deskDeps, editorDeps, settingsDeps } from '../../../fakes/editor-deps';

const T0 = Date.UTC(2026, 0, 5);
const T1 = Date.UTC(2026, 0, 6);
const FIELD_NAMES = Object.keys(ITEM_FIELDS) as (keyof ItemRecord)[];
const CONTENT_NAMES = FIELD_NAMES.filter((name) => ITEM_FIELDS[name].role === 'content');

const draft = newDraftIssue('seam-issue', { number: 7, date: '2026-01-07' }, T0);
const base: ItemRecord = newItem({
  id: 'seam-item',
  issueId: draft.id,
  position: 0,
  now: T0,
  title: 'Base title',
  url: 'https://example.com/base',
  commentary: 'Base blurb',
});
const data = (items: ItemRecord[]): BackupData => ({ issues: [draft], items, clips: [], settings: null });

/** A value the field accepts and the base item does not hold, so a field dropped or ignored shows. */
function distinctive(name: keyof ItemRecord): unknown {
  const field = ITEM_FIELDS[name];
  const candidates = [`https://example.com/seam-${name}`, `Seam ${name} ✨`, 12, 1];
  const value = candidates.find((candidate) => candidate !== base[name] && field.check(candidate) === null);
  if (value === undefined) throw new Error(`no test value for ${name}: add a candidate of its kind`);
  return value;
}
const withField = (name: keyof ItemRecord, value: unknown): ItemRecord => ({ ...base, [name]: value, updatedAt: T1 });
/** The item's content fields, copied here rather than by the model's own helper. */
const content = (item: ItemRecord) => Object.fromEntries(CONTENT_NAMES.map((name) => [name, item[name]])) as ItemContent;

let dbCount = 0;
const freshDb = () => openCuratorDb(`model-seam-${++dbCount}`);
const backupThroughJson = (backup: BackupData) => {
  const reading = readBackup(JSON.stringify(makeBackup(backup, T1)));
  if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
  return reading.file.data;
};
async function storedItem(db: CuratorDatabase, id: string) {
  return (await exportBackup(db, T1)).data.items.find((item) => item.id === id);
}

describe('every item field the model declares', () => {
  it('has a role and a check', () => {
    expect(CONTENT_NAMES.length).toBeGreaterThan(0);
    for (const name of FIELD_NAMES) expect(typeof ITEM_FIELDS[name].check).toBe('function');
  });

  it('is written to a backup file and read back from it', () => {
    expect(backupThroughJson(data([base])).items).toStrictEqual([base]);
  });

  it('survives a restore that replaces the data, and one that merges it', async () => {
    for (const mode of ['replace', 'merge'] as const) {
      const db = await freshDb();
      await restoreBackup(db, data([base]), mode, T1);
      expect(await db.get('items', base.id)).toStrictEqual(base);
      db.close();
    }
  });

  it('survives a merge into data that lacks the item', () => {
    expect(mergeData(data([]), data([base])).data.items).toStrictEqual([base]);
  });
});

describe.each(CONTENT_NAMES)('the content field %s', (name) => {
  const value = distinctive(name);

  it('is stored by addItem and updateItem', async () => {
    const db = await freshDb();
    const added = await addItem(db, { ...content(base), [name]: value } as ItemContent, T0);
    expect(added[name]).toBe(value);
    expect((await loadDraft(db)).items[0]![name]).toBe(value);
    const other = await addItem(db, content(base) as ItemContent, T0);
    await updateItem(db, other.id, { [name]: value }, T1);
    expect((await storedItem(db, other.id))?.[name]).toBe(value);
    db.close();
  });

  it('goes through a backup file', () => {
    expect(backupThroughJson(data([withField(name, value)])).items[0]![name]).toBe(value);
  });

  it('counts as a change when two versions of the item are merged, the newer winning', () => {
    const merged = mergeData(data([base]), data([withField(name, value)]));
    expect(merged.data.items[0]![name]).toBe(value);
    expect(merged.conflicts).toHaveLength(1);
  });

  it('is restored by merging a backup whose item is newer', async () => {
    const db = await freshDb();
    await restoreBackup(db, data([base]), 'replace', T0);
    await restoreBackup(db, data([withField(name, value)]), 'merge', T1);
    expect((await storedItem(db, base.id))?.[name]).toBe(value);
    db.close();
  });

  it('comes back with Undo after a delete', async () => {
    const db = await freshDb();
    await addItem(db, content(base) as ItemContent, T0);
    const deleted = await addItem(db, { ...content(base), [name]: value } as ItemContent, T0);
    const editor = createEditorStore(editorDeps(db));
    const desk = createDeskStore(deskDeps(db), editor, createSettingsStore(settingsDeps(db)));
    await editor.reload();
    await desk.deleteItem(deleted, 1);
    expect((await loadDraft(db)).items).toHaveLength(1);
    await desk.undoDelete();
    const items = (await loadDraft(db)).items;
    expect(items).toHaveLength(2);
    expect(items[1]![name]).toBe(value);
    db.close();
  });
});

const SETTING_NAMES = Object.keys(SETTINGS_FIELDS) as SettingName[];

/** A value the setting accepts that is not its default, so a setting dropped or ignored shows. */
function distinctiveSetting(name: SettingName): unknown {
  const candidates = [
    'https://example.com/seam/',
    'seam-{number}.md',
    'Seam ✨',
    1,
    ['seam-rule'],
    'pool',
    [{ id: 'seam', name: 'Seam', kind: 'markdown', body: '{{title}}' }],
    [{ name: 'Seam', limit: 1 }],
  ];
  const value = candidates.find((candidate) => candidate !== DEFAULT_SETTINGS[name] && SETTINGS_FIELDS[name].check(candidate) === null);
  if (value === undefined) throw new Error(`no test value for the setting ${name}: add a candidate of its kind`);
  return value;
}

describe.each(SETTING_NAMES)('the setting %s', (name) => {
  const value = distinctiveSetting(name);
  const settings = { ...DEFAULT_SETTINGS, [name]: value } as Settings;

  it('has a check and a default it passes', () => {
    expect(SETTINGS_FIELDS[name].check(DEFAULT_SETTINGS[name])).toBeNull();
  });

  it('is stored by saveSettings and read back by loadSettings', async () => {
    const db = await freshDb();
    await saveSettings(db, settings);
    expect((await loadSettings(db))[name]).toEqual(value);
    db.close();
  });

  it('goes through a backup file', () => {
    expect(backupThroughJson({ ...data([]), settings }).settings?.[name]).toEqual(value);
  });

  it('is restored by a restore that replaces the settings, and backed up again', async () => {
    const db = await freshDb();
    await restoreBackup(db, { ...data([]), settings }, 'replace', T1);
    expect((await loadSettings(db))[name]).toEqual(value);
    expect((await exportBackup(db, T1)).data.settings?.[name]).toEqual(value);
    db.close();
  });
});
