import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addItem, lastBackgroundSync, loadDraft, loadSettings, openCuratorDb, type SyncSettings, saveSettings, saveSyncSettings } from '../../../src/storage';
import { syncInBackground } from '../../../src/sync/sync-in-background';
import { SYNC_LOCK } from '../../../src/sync/sync-lock';
import { syncNow } from '../../../src/sync/sync-now';
import { fakeLocks } from '../../fakes/locks';
import { type GitServer, startGitServer } from '../../servers/git-http-server';
import { GIT_SYNC_TEST_TIMEOUT } from '../../timeouts';
import './sync-client';

let server: GitServer;
let settings: SyncSettings;
beforeAll(async () => {
  server = await startGitServer();
  settings = { url: server.url, branch: 'main', token: server.token, curatorName: 'Laptop' };
});
afterAll(() => server.close());
const navigator = globalThis.navigator as { locks?: unknown };
afterEach(() => {
  delete navigator.locks;
});

let computers = 0;
async function computer(set: Partial<SyncSettings> | null = {}) {
  const db = await openCuratorDb(`background-sync-${++computers}`);
  if (set) await saveSyncSettings(db, { ...settings, ...set });
  return db;
}
const draftTitles = async (db: Awaited<ReturnType<typeof computer>>) => (await loadDraft(db)).items.map((item) => item.title);

describe('a sync in the background (the worker, on its alarm)', { timeout: GIT_SYNC_TEST_TIMEOUT }, () => {
  it('pulls in an item another computer pushed, and keeps when and how it ended', async () => {
    const laptop = await computer();
    await addItem(laptop, { title: 'From the laptop', url: 'https://example.com/laptop', commentary: 'Clipped on the train 🚆' });
    expect(await syncNow({ run: (use) => use(laptop) }, settings, 'Sync from laptop')).toMatchObject({ code: 'synced', pushed: true });

    const work = await computer({ curatorName: '' });
    await saveSettings(work, { ...(await loadSettings(work)), yourName: 'Work' });
    await addItem(work, { title: 'At work', url: 'https://example.com/work', commentary: '' });
    expect(await syncInBackground(work, () => 42_000)).toEqual({ code: 'synced', pushed: true });
    expect((await draftTitles(work)).sort()).toEqual(['At work', 'From the laptop']);
    expect(await lastBackgroundSync(work)).toEqual({ at: 42_000, outcome: { code: 'synced', pushed: true } });
    // The background's commit names the curator (Settings' "Your name"), in the extension's words.
    expect(server.git('log', '-1', '--format=%an|%s', 'main').trim()).toMatch(/^Work\|.*Work/);
  });

  it('does nothing while sync is not set up', async () => {
    const db = await computer(null);
    const requests = server.requests.length;
    expect(await syncInBackground(db)).toEqual({ code: 'notSetUp' });
    expect(server.requests.length).toBe(requests);
    expect(await lastBackgroundSync(db)).toBeNull();
  });

  it('gives up, reaching no server, while a page holds the sync lock', async () => {
    const locks = fakeLocks();
    navigator.locks = locks;
    const db = await computer();
    let release: () => void = () => undefined;
    const page = locks.request(SYNC_LOCK, {}, () => new Promise<void>((resolve) => (release = resolve)));
    const requests = server.requests.length;
    expect(await syncInBackground(db)).toEqual({ code: 'busy' });
    expect(server.requests.length).toBe(requests);
    expect(await lastBackgroundSync(db)).toBeNull();
    release();
    await page;
    expect(await syncInBackground(db)).toMatchObject({ code: 'synced' });
  });

  it('keeps a failure to show, and leaves the data as it was', async () => {
    const db = await computer({ token: 'wrong' });
    await addItem(db, { title: 'Mine', url: 'https://example.com/mine', commentary: '' });
    expect(await syncInBackground(db, () => 7)).toEqual({ code: 'failed', failure: { code: 'wrongToken' } });
    expect(await lastBackgroundSync(db)).toEqual({ at: 7, outcome: { code: 'failed', failure: { code: 'wrongToken' } } });
    expect(await draftTitles(db)).toEqual(['Mine']);
  });
});
