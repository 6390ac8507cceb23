import { describe, expect, it } from 'vitest';
import { LocalChangedError } from '../../../src/core/sync';
import {
  addItem,
  applySyncState,
  exportBackup,
  lastSync,
  loadDraft,
  loadSyncSettings,
  openCuratorDb,
  readSyncState,
  restoreBackup,
  saveLastSync,
  saveSyncSettings,
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
    expect(problems).toEqual([expect.objectContaining({ code: 'issueFileUnreadable', number: 6 })]);
    const state = await readSyncState(db);
    expect([...state.issueFiles.keys()]).toEqual(['issues/kubelist-5.md']);
  });
});
