import { describe, expect, it } from 'vitest';
import { LocalChangedError, type SyncConflict } from '../../../src/core/sync';
import {
  addItem,
  applySyncState,
  deleteItem,
  dismissConflicts,
  exportBackup,
  KEEP_CONFLICTS,
  keptConflicts,
  lastSync,
  loadDraft,
  loadSettings,
  loadSyncSettings,
  openCuratorDb,
  readSyncState,
  restoreBackup,
  saveLastSync,
  saveSyncSettings,
  takeBackConflict,
  updateItem,
  writeBackup,
} from '../../../src/storage';

let dbCount = 0;
const freshDb = () => openCuratorDb(`sync-local-${++dbCount}`);
const SETTINGS = { url: 'https://git.example/newsletter.git', branch: 'main', token: 'secret-token-91b2', curatorName: 'Ana' };

describe('sync on the database', () => {
  it('keeps its settings and last commit apart from the data: no backup carries the token, and a restore keeps them', async () => {
    const db = await freshDb();
    await saveSyncSettings(db, SETTINGS);
    await saveLastSync(db, 'a'.repeat(40), 1_000);
    await addItem(db, { title: 'A', url: 'https://example.com/a', commentary: 'c' });
    const file = await (await writeBackup(db)).text();
    expect(file).not.toContain('secret-token-91b2');
    expect(JSON.stringify(await exportBackup(db))).not.toContain('secret-token-91b2');
    await restoreBackup(db, (await exportBackup(db)).data, 'replace');
    expect(await loadSyncSettings(db)).toEqual(SETTINGS);
    expect(await lastSync(db)).toEqual({ commit: 'a'.repeat(40), syncedAt: 1_000 });
    await saveSyncSettings(db, null);
    expect(await loadSyncSettings(db)).toBeNull();
  });

  it('writes a merge in one transaction, and refuses it (writing nothing) when the draft changed after the sync read it', async () => {
    const db = await freshDb();
    const item = await addItem(db, { title: 'A', url: 'https://example.com/a', commentary: 'before' });
    const before = await readSyncState(db);
    const after = { ...before, items: [{ ...before.items[0]!, commentary: 'from the other computer', updatedAt: item.updatedAt + 1 }] };
    await updateItem(db, item.id, { commentary: 'typed meanwhile' });
    await expect(applySyncState(db, before, after)).rejects.toBeInstanceOf(LocalChangedError);
    expect((await loadDraft(db)).items[0]!.commentary).toBe('typed meanwhile');
    const now = await readSyncState(db);
    await applySyncState(db, now, { ...now, items: [{ ...now.items[0]!, commentary: 'merged' }] });
    expect((await loadDraft(db)).items[0]!.commentary).toBe('merged');
  });

  it('takes in an issue file that reads, and names one that does not, keeping the issue it has', async () => {
    const db = await freshDb();
    const before = await readSyncState(db);
    const good = '## [Kubelist Issue #5 for 2026-11-27](https://kubelist.com/issue/5)\n\n### Headline\n\n1. [A link](https://example.com/a) Blurb 🚀\n';
    const problems = await applySyncState(db, before, {
      ...before,
      issueFiles: new Map([
        ['issues/kubelist-5.md', good],
        ['issues/kubelist-6.md', 'not an issue'],
      ]),
    });
    expect(problems).toEqual([expect.objectContaining({ code: 'issueFileUnreadable', number: 6, path: 'issues/kubelist-6.md' })]);
    const state = await readSyncState(db);
    expect([...state.issueFiles.keys()]).toEqual(['issues/kubelist-5.md']);
  });

  it('names issue files by the file-name pattern, and a file that does not read by its name there', async () => {
    const db = await freshDb();
    const before = await readSyncState(db);
    const good = '## [Kubelist Issue #5 for 2026-11-27](https://kubelist.com/issue/5)\n\n### Headline\n\n1. [A link](https://example.com/a) Blurb 🚀\n';
    const newsletter = { ...before.newsletter, fileNamePattern: '{date}-kubelist-{number}.md' };
    const problems = await applySyncState(db, before, {
      ...before,
      newsletter,
      issueFiles: new Map([
        ['issues/2026-11-27-kubelist-5.md', good],
        ['issues/undated-kubelist-6.md', 'not an issue'],
      ]),
    });
    expect(problems).toEqual([expect.objectContaining({ code: 'issueFileUnreadable', number: 6, path: 'issues/undated-kubelist-6.md' })]);
    const state = await readSyncState(db);
    expect(state.newsletter.fileNamePattern).toBe('{date}-kubelist-{number}.md');
    expect([...state.issueFiles.keys()]).toEqual(['issues/2026-11-27-kubelist-5.md']);
  });
});

describe('values a sync set aside', () => {
  const commentary = (id: string, setAside: string): SyncConflict => ({
    kind: 'item',
    label: 'A',
    id,
    field: 'commentary',
    setAsideFrom: 'local',
    setAside,
    kept: 'theirs',
  });

  it('are kept with the merge, newest first, and survive the database being closed and opened again', async () => {
    const name = `sync-local-${++dbCount}`;
    const db = await openCuratorDb(name);
    const state = await readSyncState(db);
    await applySyncState(db, state, state, 1_000, [commentary('a', 'first')]);
    await applySyncState(db, state, state, 2_000, [commentary('a', 'second'), { kind: 'setting', field: 'newsletterName', setAside: 'Mine', kept: 'Theirs' }]);
    db.close();
    const reopened = await openCuratorDb(name);
    const kept = await keptConflicts(reopened);
    expect(kept.map(({ at, conflict }) => [at, 'setAside' in conflict && conflict.setAside])).toEqual([
      [2_000, 'second'],
      [2_000, 'Mine'],
      [1_000, 'first'],
    ]);
    expect(new Set(kept.map((entry) => entry.id)).size).toBe(3);
  });

  it('are not kept when the merge is refused, as the sync that set them aside starts again', async () => {
    const db = await freshDb();
    const item = await addItem(db, { title: 'A', url: 'https://example.com/a', commentary: 'before' });
    const before = await readSyncState(db);
    await updateItem(db, item.id, { commentary: 'typed meanwhile' });
    await expect(applySyncState(db, before, before, 1_000, [commentary(item.id, 'x')])).rejects.toBeInstanceOf(LocalChangedError);
    expect(await keptConflicts(db)).toEqual([]);
  });

  it(`keep only the last ${KEEP_CONFLICTS}`, async () => {
    const db = await freshDb();
    const state = await readSyncState(db);
    await applySyncState(db, state, state, 1, [commentary('a', 'oldest')]);
    await applySyncState(db, state, state, 2, [commentary('a', 'older')]);
    const many = Array.from({ length: KEEP_CONFLICTS - 2 }, (_, i) => commentary('a', `new ${i}`));
    await applySyncState(db, state, state, 3, many);
    const kept = await keptConflicts(db);
    expect(kept).toHaveLength(KEEP_CONFLICTS);
    expect(kept.at(-1)!.conflict).toMatchObject({ setAside: 'oldest' });
    await applySyncState(db, state, state, 4, [commentary('a', 'newest')]);
    const after = await keptConflicts(db);
    expect(after).toHaveLength(KEEP_CONFLICTS);
    expect(after[0]!.conflict).toMatchObject({ setAside: 'newest' });
    expect(after.at(-1)!.conflict).toMatchObject({ setAside: 'older' });
    expect(after.some((entry) => 'setAside' in entry.conflict && entry.conflict.setAside === 'oldest')).toBe(false);
  });

  it('go back into their field through the ordinary update, or stay kept when the record is gone', async () => {
    const db = await freshDb();
    const item = await addItem(db, { title: 'A', url: 'https://example.com/a', commentary: 'theirs' }, 1_000);
    const gone = await addItem(db, { title: 'B', url: 'https://example.com/b', commentary: 'theirs' }, 1_000);
    const state = await readSyncState(db);
    const draftId = state.draft!.id;
    await applySyncState(db, state, state, 2_000, [
      commentary(item.id, 'My words ✍️'),
      commentary(gone.id, 'lost?'),
      // Set aside from a draft the merge left behind: it names the draft that went on.
      { kind: 'draft', label: '', id: 'the-other-draft', field: 'headline', setAsideFrom: 'local', setAside: 'My headline', kept: '' },
      { kind: 'setting', field: 'newsletterName', setAside: 'My letter', kept: 'Kubelist' },
      { kind: 'issueFile', number: 3, setAside: 'text' },
    ]);
    await deleteItem(db, gone.id);
    const [first, second, third, fourth, fifth] = await keptConflicts(db);
    expect(third!.conflict).toMatchObject({ kind: 'draft', id: draftId });

    expect(await takeBackConflict(db, first!.id, 3_000)).toBe('used');
    const draft = await loadDraft(db);
    expect(draft.items.find((i) => i.id === item.id)).toMatchObject({ commentary: 'My words ✍️', updatedAt: 3_000 });
    expect(await takeBackConflict(db, second!.id)).toBe('gone');
    expect(await takeBackConflict(db, third!.id)).toBe('used');
    expect((await loadDraft(db)).issue.headline).toBe('My headline');
    expect(await takeBackConflict(db, fourth!.id)).toBe('used');
    expect((await loadSettings(db)).newsletterName).toBe('My letter');
    expect(await takeBackConflict(db, fifth!.id)).toBe('gone');
    expect((await keptConflicts(db)).map((entry) => entry.id)).toEqual([second!.id, fifth!.id]);

    await dismissConflicts(db, [fifth!.id]);
    expect((await keptConflicts(db)).map((entry) => entry.id)).toEqual([second!.id]);
    await dismissConflicts(db, null);
    expect(await keptConflicts(db)).toEqual([]);
  });

  it('are not in a backup, and a restore leaves them', async () => {
    const db = await freshDb();
    const state = await readSyncState(db);
    await applySyncState(db, state, state, 1, [commentary('a', 'set-aside-5c1e')]);
    expect(await (await writeBackup(db)).text()).not.toContain('set-aside-5c1e');
    await restoreBackup(db, (await exportBackup(db)).data, 'replace');
    expect(await keptConflicts(db)).toHaveLength(1);
  });
});
