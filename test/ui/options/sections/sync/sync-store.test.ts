import { afterEach, expect, it, vi } from 'vitest';
import { createSyncStore, SYNC_AFTER_CHANGE_MS, type SyncDeps } from '../../../../../options/sections/sync/sync-store';
import type { BackgroundSyncOutcome, KeptConflict, SyncSettings } from '../../../../../src/storage';

afterEach(() => {
  vi.useRealTimers();
});

const SAVED: SyncSettings = { url: 'https://git.example/newsletter.git', branch: 'main', token: 'tok', curatorName: 'Ana' };

/** A sync store with sync set up, the worker's last outcome as `background` holds it, and a clock to move. */
function setUp() {
  const world = { clock: Date.UTC(2026, 11, 3, 9), background: null as { at: number; outcome: BackgroundSyncOutcome } | null };
  const run = vi.fn<SyncDeps['run']>(async () => ({
    code: 'synced',
    commit: 'c'.repeat(40),
    pushed: false,
    attempts: 1,
    conflicts: [],
    renamed: 0,
    problems: [],
  }));
  const alarm = { set: vi.fn(async () => undefined), clear: vi.fn(async () => undefined) };
  const deps: SyncDeps = {
    loadSyncSettings: async () => SAVED,
    saveSyncSettings: async () => undefined,
    lastBackgroundSync: async () => world.background,
    keptConflicts: async () => [],
    takeBackConflict: async () => 'gone',
    dismissConflicts: async () => undefined,
    requestAccess: async () => true,
    run,
    flush: async () => undefined,
    reload: () => undefined,
    syncAlarm: alarm,
    now: () => world.clock,
  };
  return { world, run, alarm, deps, sync: createSyncStore(deps) };
}

it('syncs when the editor opens and after a change, but keeps no timer of its own: the worker’s alarm syncs every few minutes', async () => {
  vi.useFakeTimers();
  const { run, alarm, sync } = setUp();
  const stop = sync.start();
  await vi.advanceTimersByTimeAsync(0);
  expect(run).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(60 * 60_000);
  expect(run).toHaveBeenCalledTimes(1);
  // The alarm is made sure of (a browser restart may have dropped it).
  expect(alarm.set).toHaveBeenCalled();
  sync.changed();
  await vi.advanceTimersByTimeAsync(SYNC_AFTER_CHANGE_MS);
  expect(run).toHaveBeenCalledTimes(2);
  stop();
  await vi.advanceTimersByTimeAsync(60 * 60_000);
  expect(run).toHaveBeenCalledTimes(2);
});

it('shows how the worker’s sync ended when it is newer than this page’s own, and this page’s when that is newer', async () => {
  const { world, sync } = setUp();
  world.background = { at: world.clock - 60_000, outcome: { code: 'synced', pushed: true } };
  await sync.load();
  expect(sync.store.get().status).toMatch(/^Synced in the background on /);
  world.clock += 60_000;
  await sync.syncNow();
  const own = sync.store.get().status;
  expect(own).toMatch(/^Synced at /);

  // An older outcome of the worker's (its write's notice came late) leaves the page's.
  await sync.backgroundSynced();
  expect(sync.store.get().status).toBe(own);

  world.clock += 5 * 60_000;
  world.background = { at: world.clock, outcome: { code: 'failed', failure: { code: 'wrongToken' } } };
  await sync.backgroundSynced();
  expect(sync.store.get().status).toMatch(/^The sync in the background on \S.+ did not complete: The repository turned the access token away/);
  expect(sync.store.get().failed).toBe(true);

  world.clock += 60_000;
  await sync.syncNow();
  expect(sync.store.get()).toMatchObject({ status: expect.stringMatching(/^Synced at /), failed: false });
  await sync.load();
  expect(sync.store.get().status).toMatch(/^Synced at /);
});

it('lists what a sync that ended still moving kept', async () => {
  const conflict = { kind: 'issueFile' as const, number: 7, setAside: 'Issue 7 as it was here' };
  let kept: KeptConflict[] = [];
  const sync = createSyncStore({
    ...setUp().deps,
    keptConflicts: async () => kept,
    run: async () => {
      kept = [{ id: 'k1', at: 1_000, conflict }];
      return { code: 'stillMoving', attempts: 4 };
    },
  });
  await sync.load();
  await sync.syncNow();
  expect(sync.store.get()).toMatchObject({ failed: true, conflicts: [{ id: 'k1', conflict }] });
});
