// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SyncSettings } from '../../../../../options/sections/sync/SyncSettings';
import { createSyncStore, type SyncDeps } from '../../../../../options/sections/sync/sync-store';
import type { SyncSettings as Settings } from '../../../../../src/storage';

afterEach(cleanup);

const syncStatus = () => document.getElementById('sync-status')!.textContent;

function deps(overrides: Partial<SyncDeps> = {}): SyncDeps {
  let saved: Settings | null = null;
  return {
    loadSyncSettings: async () => saved,
    saveSyncSettings: async (settings) => {
      saved = settings;
    },
    requestAccess: async () => true,
    run: async () => ({ code: 'synced', commit: 'c'.repeat(40), pushed: true, attempts: 1, conflicts: [], problems: [] }),
    flush: async () => undefined,
    reload: () => undefined,
    now: () => Date.UTC(2026, 11, 2, 15, 30),
    ...overrides,
  };
}

async function fillAndSave() {
  fireEvent.input(screen.getByLabelText('Repository URL'), { target: { value: ' https://git.example/newsletter.git ' } });
  fireEvent.input(screen.getByLabelText('Access token'), { target: { value: 'tok' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save and sync' }));
}

describe('Settings → Sync', () => {
  it('saves what was typed (address trimmed, branch main), syncs, and says when', async () => {
    const run = vi.fn<SyncDeps['run']>(deps().run);
    const store = createSyncStore(deps({ run }));
    await store.load();
    render(<SyncSettings sync={store} />);
    expect(syncStatus()).toBe('Not set up: everything stays in this browser.');
    await fillAndSave();
    await waitFor(() => expect(syncStatus()).toMatch(/^Synced at .+; your changes are in the repository\.$/));
    expect(run).toHaveBeenCalledWith({ url: 'https://git.example/newsletter.git', branch: 'main', token: 'tok', curatorName: '' }, 'Sync from Sync');
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeTruthy();
  });

  it('says plainly why a sync failed, and that the browser refused the site', async () => {
    const refused = createSyncStore(deps({ requestAccess: async () => false }));
    await refused.load();
    const { unmount } = render(<SyncSettings sync={refused} />);
    await fillAndSave();
    await waitFor(() => expect(syncStatus()).toBe('The browser did not allow access to git.example: sync needs it to reach the repository.'));
    unmount();
    const failing = createSyncStore(deps({ run: async () => ({ code: 'failed', failure: { code: 'wrongToken' } }) }));
    await failing.load();
    render(<SyncSettings sync={failing} />);
    await fillAndSave();
    await waitFor(() => expect(syncStatus()).toBe('The repository turned the access token away: check it, or make a new one.'));
  });

  it('lists what both sides changed with the version set aside, and runs one sync at a time', async () => {
    const releases: (() => void)[] = [];
    let running = 0;
    let most = 0;
    const run: SyncDeps['run'] = async () => {
      most = Math.max(most, ++running);
      await new Promise<void>((resolve) => releases.push(resolve));
      running--;
      return {
        code: 'synced',
        commit: 'c'.repeat(40),
        pushed: false,
        attempts: 1,
        conflicts: [{ kind: 'item', label: 'A link', id: 'a', field: 'commentary', setAsideFrom: 'local', setAside: 'My words ✍️', kept: 'Theirs' }],
        problems: [],
      };
    };
    const store = createSyncStore(deps({ run }));
    await store.load();
    render(<SyncSettings sync={store} />);
    await fillAndSave();
    const second = store.syncNow();
    await waitFor(() => expect(releases).toHaveLength(1));
    releases[0]!();
    await waitFor(() => expect(releases).toHaveLength(2));
    releases[1]!();
    await second;
    expect(most).toBe(1);
    await waitFor(() =>
      expect(screen.getAllByText('“A link”: its commentary was changed on both sides, and the later edit was kept. The other version:')).toHaveLength(2),
    );
    expect(screen.getAllByText('My words ✍️')).toHaveLength(2);
  });
});
