import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { addItem, loadDraft, saveSettings, updateItem } from '../../../src/storage';
import { databaseSide } from '../../../src/sync/database-side';
import type { RemoteRepository } from '../../../src/sync/git-repository';
import { runSync } from '../../../src/sync/run-sync';
import { changedText } from '../../../src/text/changed-text';
import { type GitServer, startGitServer } from '../../servers/git-http-server';
import { GIT_SYNC_TEST_TIMEOUT } from '../../timeouts';
import { browserProfile } from './browser-profile';
import './sync-client';

let server: GitServer;
let remote: RemoteRepository;
beforeAll(async () => {
  server = await startGitServer();
  remote = { url: server.url, branch: 'main', token: server.token };
});
afterAll(() => server.close());

/** One curator's browser profile, named in Settings: its database and its own git objects. */
async function curator(yourName: string) {
  const { db, context } = await browserProfile('changed-by', yourName);
  await saveSettings(db, { ...DEFAULT_SETTINGS, yourName });
  return { db, sync: () => runSync(context, remote, databaseSide(db), `Sync from ${yourName}`) };
}

describe('who last changed an item, through a sync', { timeout: GIT_SYNC_TEST_TIMEOUT }, () => {
  it('shows each curator the other’s name on the item they changed; words changed on both sides are no conflict', async () => {
    const ana = await curator('Ana');
    const ben = await curator('Ben');
    const added = await addItem(ana.db, { title: 'Scaling etcd', url: 'https://blog.test/etcd', commentary: '' });
    expect(added).toMatchObject({ addedBy: 'Ana', changedBy: '', changedAt: 0 });
    await ana.sync();
    await ben.sync();

    await updateItem(ben.db, added.id, { commentary: 'Worth a read ✨' }, 2_000_000);
    // Writing the same words again is no change of them.
    await updateItem(ben.db, added.id, { commentary: 'Worth a read ✨' }, 2_100_000);
    await ben.sync();
    await ana.sync();
    const atAna = (await loadDraft(ana.db)).items[0]!;
    expect(atAna).toMatchObject({ commentary: 'Worth a read ✨', addedBy: 'Ana', changedBy: 'Ben', changedAt: 2_000_000 });
    expect(changedText(atAna, 2_000_000 + 5 * 60_000)).toBe('changed by Ben, 5 min. ago');

    // Each changes other words of it: both changes are kept, with the later one's name.
    await updateItem(ben.db, added.id, { title: 'Scaling etcd, part 2' }, 3_000_000);
    await updateItem(ana.db, added.id, { commentary: 'A must-read ✨' }, 3_500_000);
    await ben.sync();
    expect(await ana.sync()).toMatchObject({ code: 'synced', conflicts: [] });
    await ben.sync();
    const atBen = (await loadDraft(ben.db)).items[0]!;
    expect(atBen).toMatchObject({ title: 'Scaling etcd, part 2', commentary: 'A must-read ✨', changedBy: 'Ana', changedAt: 3_500_000 });
    expect((await loadDraft(ana.db)).items[0]).toEqual(atBen);
  });
});
