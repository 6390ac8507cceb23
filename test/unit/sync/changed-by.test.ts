import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { addItem, loadDraft, saveSettings, updateItem } from '../../../src/storage';
import { changedText } from '../../../src/text/changed-text';
import { GIT_SYNC_TEST_TIMEOUT } from '../../timeouts';
import { syncingProfile } from './browser-profile';
import './sync-client';
import { testGitServer } from './test-git-server';

const { remote } = testGitServer('file');

/** One curator's browser profile, named in Settings: its database and its own git objects. */
async function curator(yourName: string) {
  const profile = await syncingProfile('changed-by', yourName, remote);
  await saveSettings(profile.db, { ...DEFAULT_SETTINGS, yourName });
  return profile;
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
