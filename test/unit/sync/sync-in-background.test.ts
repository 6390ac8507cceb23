import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  addItem,
  keptConflicts,
  lastBackgroundSync,
  loadDraft,
  loadSettings,
  openCuratorDb,
  type SyncSettings,
  saveSettings,
  saveSyncSettings,
  takeBackConflict,
  updateItem,
} from '../../../src/storage';
import { syncInBackground } from '../../../src/sync/sync-in-background';
import { SYNC_LOCK } from '../../../src/sync/sync-lock';
import { syncNow } from '../../../src/sync/sync-now';
import { fakeLocks } from '../../fakes/locks';
import { importPublished, publishedIssue } from '../../fixtures/published-issue';
import { GIT_SYNC_TEST_TIMEOUT } from '../../timeouts';
import './sync-client';
import { testGitServer } from './test-git-server';

const { server, remote } = testGitServer('file');
let settings: SyncSettings;
beforeAll(() => {
  settings = { ...remote, curatorName: 'Laptop' };
});
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
    expect(await syncInBackground(work, () => 42_000)).toEqual({ code: 'synced', pushed: true, renamed: 0 });
    expect((await draftTitles(work)).sort()).toEqual(['At work', 'From the laptop']);
    expect(await lastBackgroundSync(work)).toEqual({ at: 42_000, outcome: { code: 'synced', pushed: true, renamed: 0 } });
    // The background's commit names the curator (Settings' "Your name"), in the extension's words.
    expect(server.git('log', '-1', '--format=%an|%s', 'main').trim()).toMatch(/^Work\|.*Work/);
  });

  it('keeps the value it set aside when both computers changed one field, for the curator to take back', async () => {
    const laptop = await computer();
    const item = await addItem(laptop, { title: 'Shared', url: 'https://example.com/shared', commentary: 'First words' });
    const fromLaptop = () => syncNow({ run: (use) => use(laptop) }, settings, 'Sync from laptop');
    expect(await fromLaptop()).toMatchObject({ code: 'synced' });
    const work = await computer();
    expect(await syncInBackground(work)).toMatchObject({ code: 'synced' });

    const t = Date.now();
    await updateItem(work, item.id, { commentary: 'Written at work 🏢' }, t);
    await updateItem(laptop, item.id, { commentary: 'Written later on the laptop' }, t + 60_000);
    expect(await fromLaptop()).toMatchObject({ code: 'synced', pushed: true });
    const started = Date.now();
    expect(await syncInBackground(work)).toEqual({ code: 'synced', pushed: false, renamed: 0 });
    const ended = Date.now();

    const commentary = async (db: typeof work) => (await loadDraft(db)).items.find((i) => i.id === item.id)!.commentary;
    expect(await commentary(work)).toBe('Written later on the laptop');
    const kept = await keptConflicts(work);
    expect(kept).toEqual([
      {
        id: expect.any(String),
        at: expect.any(Number),
        conflict: {
          kind: 'item',
          label: 'Shared',
          id: item.id,
          field: 'commentary',
          setAsideFrom: 'local',
          setAside: 'Written at work 🏢',
          kept: 'Written later on the laptop',
        },
      },
    ]);
    expect(kept[0]!.at).toBeGreaterThanOrEqual(started);
    expect(kept[0]!.at).toBeLessThanOrEqual(ended);

    // Taken back, it is an ordinary edit: the next background sync carries it to the laptop.
    expect(await takeBackConflict(work, kept[0]!.id)).toBe('used');
    expect(await keptConflicts(work)).toEqual([]);
    expect(await syncInBackground(work)).toEqual({ code: 'synced', pushed: true, renamed: 0 });
    expect(await fromLaptop()).toMatchObject({ code: 'synced', conflicts: [] });
    expect(await commentary(laptop)).toBe('Written at work 🏢');
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

  it('keeps how many issue files it renamed when the file name pattern changed here', async () => {
    const db = await computer();
    const issue = (number: number) => publishedIssue(number, { intro: '', blurb: '' });
    await importPublished(db, [issue(1), issue(2)]);
    expect(await syncInBackground(db)).toMatchObject({ code: 'synced', pushed: true, renamed: 0 });
    await saveSettings(db, { ...(await loadSettings(db)), fileNamePattern: 'issue-{number}.md' });
    expect(await syncInBackground(db, () => 9_000)).toEqual({ code: 'synced', pushed: true, renamed: 2 });
    expect(await lastBackgroundSync(db)).toEqual({ at: 9_000, outcome: { code: 'synced', pushed: true, renamed: 2 } });
    expect(server.git('ls-tree', '--name-only', 'main', 'issues/')).toContain('issues/issue-2.md');
  });
});
