import { beforeEach, describe, expect, it, vi } from 'vitest';
import { onSyncAlarm, SYNC_ALARM, SYNC_EVERY_MINUTES } from '../../../src/background/sync-alarm';
import { lastBackgroundSync, openCuratorDb, saveSyncSettings } from '../../../src/storage';
import fakeBrowser, { browserFake, fireAlarm, fireInstalled, fireStartup } from '../../fakes/browser';
import { freshDefaultDatabase } from '../../fakes/fresh-default-database';

// lightning-fs (the sync's git objects) asks `navigator.locks`, which Node 20 lacks; without it, it takes its own lock.
(globalThis as { navigator?: object }).navigator ??= {};

// The worker opens the default database; give each test a clean one.
beforeEach(freshDefaultDatabase);

/** The service worker as the browser starts it: its module evaluated afresh, its listeners registered. */
async function startWorker() {
  vi.resetModules();
  await import('../../../src/background/index');
}

async function lastRun() {
  const db = await openCuratorDb();
  return lastBackgroundSync(db).finally(() => db.close());
}

describe("the worker's sync alarm", () => {
  it('listens for alarms from its first run, so an alarm that wakes it finds the listener', async () => {
    await startWorker();
    // Registered while the module ran, before any event: one listener, no alarm set yet.
    expect(await fireAlarm('some other alarm')).toHaveLength(1);
    expect(browserFake.alarms).toEqual([]);
  });

  it('is set on install and on browser start while sync is set up, every few minutes, and never twice', async () => {
    const db = await openCuratorDb();
    await saveSyncSettings(db, { url: 'http://127.0.0.1:1/newsletter.git', branch: 'main', token: 't', curatorName: '' });
    db.close();
    await startWorker();
    await fireInstalled('update');
    await vi.waitFor(() => expect(browserFake.alarms).toEqual([{ name: SYNC_ALARM, delayInMinutes: 1, periodInMinutes: SYNC_EVERY_MINUTES }]));
    await fakeBrowser.alarms.create(SYNC_ALARM, { periodInMinutes: 99 });
    await fireStartup();
    // Both events' other work (the badge's count, read from the database) is done before the next test deletes it.
    await vi.waitFor(() => expect(browserFake.badgeWrites).toBe(2));
    expect(browserFake.alarms).toEqual([{ name: SYNC_ALARM, periodInMinutes: 99 }]);
  });

  it('syncs when it fires and keeps how that ended; here the repository is unreachable', async () => {
    const db = await openCuratorDb();
    // Port 1 on loopback: nothing listens, so the sync fails at once without any server.
    await saveSyncSettings(db, { url: 'http://127.0.0.1:1/newsletter.git', branch: 'main', token: 't', curatorName: 'Me' });
    db.close();
    await startWorker();
    await fireAlarm(SYNC_ALARM);
    expect(await lastRun()).toMatchObject({ outcome: { code: 'failed', failure: { code: 'unreachable' } } });
  });

  it('is not set while sync is not set up, and one left from before is cleared on browser start', async () => {
    await startWorker();
    await fireInstalled('update');
    await vi.waitFor(() => expect(browserFake.badgeWrites).toBe(1));
    expect(browserFake.alarms).toEqual([]);
    await fakeBrowser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_EVERY_MINUTES });
    await fireStartup();
    await vi.waitFor(() => expect(browserFake.alarms).toEqual([]));
    await vi.waitFor(() => expect(browserFake.badgeWrites).toBe(2));
  });

  it('does nothing on its alarm while sync is not set up, and takes the alarm away', async () => {
    await startWorker();
    await fakeBrowser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_EVERY_MINUTES });
    await fireAlarm(SYNC_ALARM);
    expect(await lastRun()).toBeNull();
    expect(browserFake.alarms).toEqual([]);
  });
});

describe('onSyncAlarm', () => {
  it('runs the sync for the sync alarm only, and a sync that throws does not reject the listener', async () => {
    const sync = vi.fn(() => Promise.reject(new Error('boom')));
    const listener = onSyncAlarm(sync);
    await listener({ name: 'other' });
    expect(sync).not.toHaveBeenCalled();
    await expect(listener({ name: SYNC_ALARM })).resolves.toBeUndefined();
    expect(sync).toHaveBeenCalledOnce();
  });

  it('leaves the alarm alone after a sync that ran, failed or found a page syncing', async () => {
    await fakeBrowser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_EVERY_MINUTES });
    for (const code of ['synced', 'failed', 'busy']) await onSyncAlarm(async () => ({ code }))({ name: SYNC_ALARM });
    expect(browserFake.alarms).toHaveLength(1);
  });
});
