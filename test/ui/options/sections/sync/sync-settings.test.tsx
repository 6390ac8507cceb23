// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SyncSettings } from '../../../../../options/sections/sync/SyncSettings';
import { createSyncStore, type SyncDeps } from '../../../../../options/sections/sync/sync-store';
import {
  addItem,
  applySyncState,
  type CuratorDatabase,
  deleteItem,
  dismissConflicts,
  type KeptConflict,
  keptConflicts,
  loadDraft,
  openCuratorDb,
  readSyncState,
  type SyncSettings as Settings,
  takeBackConflict,
} from '../../../../../src/storage';

afterEach(cleanup);

const syncStatus = () => document.getElementById('sync-status')!.textContent;

function deps(overrides: Partial<SyncDeps> = {}): SyncDeps {
  let saved: Settings | null = null;
  return {
    loadSyncSettings: async () => saved,
    saveSyncSettings: async (settings) => {
      saved = settings;
    },
    lastBackgroundSync: async () => null,
    keptConflicts: async () => [],
    takeBackConflict: async () => 'gone',
    dismissConflicts: async () => undefined,
    requestAccess: async () => true,
    run: async () => ({ code: 'synced', commit: 'c'.repeat(40), pushed: true, attempts: 1, conflicts: [], renamed: 0, problems: [] }),
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
  it("shows how the worker's last sync ended, until this page syncs", async () => {
    const saved: Settings = { url: 'https://git.example/n.git', branch: 'main', token: 'tok', curatorName: 'Me' };
    const at = Date.UTC(2026, 11, 2, 15, 30);
    const failed = createSyncStore(
      deps({ loadSyncSettings: async () => saved, lastBackgroundSync: async () => ({ at, outcome: { code: 'failed', failure: { code: 'wrongToken' } } }) }),
    );
    await failed.load();
    const { unmount } = render(<SyncSettings sync={failed} />);
    expect(syncStatus()).toMatch(
      /^The sync in the background on \S.+ did not complete: The repository turned the access token away: check it, or make a new one\.$/,
    );
    expect(failed.store.get().failed).toBe(true);
    unmount();
    const synced = createSyncStore(
      deps({ loadSyncSettings: async () => saved, lastBackgroundSync: async () => ({ at, outcome: { code: 'synced', pushed: false } }) }),
    );
    await synced.load();
    render(<SyncSettings sync={synced} />);
    expect(syncStatus()).toMatch(/^Synced in the background on \S.+\.$/);
    await synced.syncNow();
    // This page's own sync says its own outcome from then on, and a later load keeps it.
    expect(syncStatus()).toMatch(/^Synced at .+; your changes are in the repository\.$/);
    await synced.load();
    expect(syncStatus()).toMatch(/^Synced at /);
  });

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

  it('says how many issue files a sync renamed to the file name pattern', async () => {
    const store = createSyncStore(
      deps({
        loadSyncSettings: async () => ({ url: 'https://git.example/newsletter.git', branch: 'main', token: 'tok', curatorName: '' }),
        run: async () => ({ code: 'synced', commit: 'c'.repeat(40), pushed: true, attempts: 1, conflicts: [], renamed: 133, problems: [] }),
      }),
    );
    await store.load();
    render(<SyncSettings sync={store} />);
    await store.syncNow();
    expect(syncStatus()).toMatch(/^Synced at .+; your changes are in the repository\. 133 issue files were renamed to follow the file name pattern\.$/);
  });

  it('says how many issue files the worker’s last sync renamed, as this page’s own sync does', async () => {
    const at = Date.UTC(2026, 11, 2, 15, 30);
    const store = createSyncStore(
      deps({
        loadSyncSettings: async () => ({ url: 'https://git.example/newsletter.git', branch: 'main', token: 'tok', curatorName: '' }),
        lastBackgroundSync: async () => ({ at, outcome: { code: 'synced', pushed: true, renamed: 1 } }),
      }),
    );
    await store.load();
    render(<SyncSettings sync={store} />);
    expect(syncStatus()).toMatch(/^Synced in the background on \S.+\. 1 issue file was renamed to follow the file name pattern\.$/);
  });

  it('sets the worker’s sync alarm when sync is saved, and clears it when sync is stopped', async () => {
    const alarm: string[] = [];
    const store = createSyncStore(deps({ syncAlarm: { set: async () => void alarm.push('set'), clear: async () => void alarm.push('clear') } }));
    await store.load();
    render(<SyncSettings sync={store} />);
    await fillAndSave();
    await waitFor(() => expect(syncStatus()).toMatch(/^Synced at /));
    expect(alarm).toEqual(['set']);
    fireEvent.click(screen.getByRole('button', { name: 'Stop syncing' }));
    await waitFor(() => expect(alarm).toEqual(['set', 'clear']));
    expect(syncStatus()).toBe('Not set up: everything stays in this browser.');
  });

  it('signs the sync with Settings’ “Your name”, the one name the curator gives', async () => {
    const run = vi.fn<SyncDeps['run']>(deps().run);
    const store = createSyncStore(deps({ run, yourName: () => 'Ana' }));
    await store.load();
    render(<SyncSettings sync={store} />);
    expect(screen.queryByLabelText('Your name')).toBeNull();
    await fillAndSave();
    await waitFor(() =>
      expect(run).toHaveBeenCalledWith({ url: 'https://git.example/newsletter.git', branch: 'main', token: 'tok', curatorName: 'Ana' }, 'Sync from Ana'),
    );
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
    const setAside = { kind: 'item', label: 'A link', id: 'a', field: 'commentary', setAsideFrom: 'local', setAside: 'My words ✍️', kept: 'Theirs' } as const;
    let kept: KeptConflict[] = [];
    let running = 0;
    let most = 0;
    const run: SyncDeps['run'] = async () => {
      most = Math.max(most, ++running);
      await new Promise<void>((resolve) => releases.push(resolve));
      running--;
      // As the real sync does, it keeps what it set aside with its merge.
      kept = [{ id: `k${releases.length}`, at: Date.UTC(2026, 11, 2, 15, 30), conflict: setAside }, ...kept];
      return {
        code: 'synced',
        commit: 'c'.repeat(40),
        pushed: false,
        attempts: 1,
        renamed: 0,
        conflicts: [setAside],
        problems: [],
      };
    };
    const store = createSyncStore(deps({ run, keptConflicts: async () => kept }));
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

  describe('what syncs set aside, as kept in the database', () => {
    let db: CuratorDatabase;
    const stored = (overrides: Partial<SyncDeps> = {}) =>
      createSyncStore(
        deps({
          keptConflicts: () => keptConflicts(db),
          takeBackConflict: (id) => takeBackConflict(db, id),
          dismissConflicts: (ids) => dismissConflicts(db, ids),
          ...overrides,
        }),
      );
    const at = Date.UTC(2026, 11, 2, 9, 5);
    const commentary = async (id: string) => (await loadDraft(db)).items.find((item) => item.id === id)?.commentary;

    it('lists them after a reload with what, what won, the value kept and when; Use this version puts it back', async () => {
      db = await openCuratorDb(`sync-settings-kept-${crypto.randomUUID()}`);
      const item = await addItem(db, { title: 'A link', url: 'https://example.com/a', commentary: 'Theirs' });
      const state = await readSyncState(db);
      await applySyncState(db, state, state, at, [
        { kind: 'item', label: 'A link', id: item.id, field: 'commentary', setAsideFrom: 'local', setAside: 'My words ✍️', kept: 'Theirs' },
      ]);
      const reload = vi.fn();
      const store = stored({ reload });
      await store.load();
      render(<SyncSettings sync={store} />);
      const list = screen.getByRole('list', { name: 'Changed on both sides' });
      expect(list.textContent).toContain('“A link”: its commentary was changed on both sides, and the later edit was kept. The other version:');
      expect(list.textContent).toContain('My words ✍️');
      expect(list.textContent).toMatch(/Set aside \S.+; in use now: “Theirs”/);
      fireEvent.click(screen.getByRole('button', { name: 'Use this version' }));
      await waitFor(() => expect(screen.queryByRole('list', { name: 'Changed on both sides' })).toBeNull());
      expect(await commentary(item.id)).toBe('My words ✍️');
      expect(await keptConflicts(db)).toEqual([]);
      expect(reload).toHaveBeenCalled();
      expect(syncStatus()).toBe('The version you chose is back in its place; the next sync takes it to the repository.');
    });

    it('says when a value has nowhere to go back to, and dismisses one or all', async () => {
      db = await openCuratorDb(`sync-settings-kept-${crypto.randomUUID()}`);
      const gone = await addItem(db, { title: 'Deleted since', url: 'https://example.com/gone', commentary: 'Theirs' });
      const state = await readSyncState(db);
      await applySyncState(db, state, state, at, [
        { kind: 'item', label: 'Deleted since', id: gone.id, field: 'commentary', setAsideFrom: 'remote', setAside: 'Lost words', kept: 'Theirs' },
        { kind: 'setting', field: 'newsletterName', setAside: 'My letter', kept: 'Kubelist' },
        { kind: 'issueFile', number: 12, setAside: '## Issue 12, my text' },
      ]);
      await deleteItem(db, gone.id);
      const store = stored();
      await store.load();
      render(<SyncSettings sync={store} />);
      const items = () => screen.getAllByRole('listitem');
      expect(items()).toHaveLength(3);
      // An issue file is a whole issue's text: it is copied, not put back.
      expect(items()[2]!.querySelectorAll('button')).toHaveLength(2);
      fireEvent.click(screen.getAllByRole('button', { name: 'Use this version' })[0]!);
      await waitFor(() =>
        expect(items()[0]!.textContent).toContain(
          'There is nowhere to put this version back: its link or issue was deleted or published. Copy it, or dismiss it.',
        ),
      );
      expect(await keptConflicts(db)).toHaveLength(3);
      fireEvent.click(screen.getAllByRole('button', { name: 'Dismiss' })[0]!);
      await waitFor(() => expect(items()).toHaveLength(2));
      expect((await keptConflicts(db)).map((kept) => kept.conflict.kind)).toEqual(['setting', 'issueFile']);
      fireEvent.click(screen.getByRole('button', { name: 'Dismiss all' }));
      await waitFor(() => expect(screen.queryByRole('list', { name: 'Changed on both sides' })).toBeNull());
      expect(await keptConflicts(db)).toEqual([]);
    });
  });
});
