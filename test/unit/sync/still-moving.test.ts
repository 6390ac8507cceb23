import { expect, it } from 'vitest';
import { addItem, type CuratorDatabase, keptConflicts, loadDraft, updateItem } from '../../../src/storage';
import { databaseSide } from '../../../src/sync/database-side';
import { type LocalSide, SYNC_ATTEMPTS } from '../../../src/sync/run-sync';
import { GIT_SYNC_TEST_TIMEOUT } from '../../timeouts';
import { syncingProfile } from './browser-profile';
import './sync-client';
import { testGitServer } from './test-git-server';

const { server, remote } = testGitServer('file');

const computer = (name: string) => syncingProfile('still-moving', name, remote);

/** This browser's side, with the curator adding a link after every read: each write here is refused. */
function typingThrough(db: CuratorDatabase): LocalSide {
  const side = databaseSide(db);
  let added = 0;
  return {
    ...side,
    read: async (known) => {
      const state = await side.read(known);
      await addItem(db, { title: `Added meanwhile ${++added}`, url: `https://example.com/meanwhile-${added}`, commentary: '' });
      return state;
    },
  };
}

it('keeps what a pushed merge set aside when the curator kept adding links through every attempt and the sync ends still moving', {
  timeout: GIT_SYNC_TEST_TIMEOUT,
}, async () => {
  const laptop = await computer('laptop');
  const work = await computer('work');
  const item = await addItem(laptop.db, { title: 'A', url: 'https://example.com/a', commentary: 'First words' });
  await laptop.sync();
  await work.sync();
  await updateItem(laptop.db, item.id, { commentary: 'Laptop words' }, item.updatedAt + 5_000);
  await laptop.sync();
  await updateItem(work.db, item.id, { commentary: 'Work words' }, item.updatedAt + 9_000);

  expect(await work.sync(typingThrough(work.db))).toEqual({ code: 'stillMoving', attempts: SYNC_ATTEMPTS });
  // The first attempt's merge went in: the repository holds the work's words, the laptop's are gone from it.
  expect(server.git('show', `main:.curator/draft/items/${item.id}.json`)).toContain('Work words');
  expect((await keptConflicts(work.db)).map(({ conflict }) => conflict)).toEqual([
    { kind: 'item', label: 'A', id: item.id, field: 'commentary', setAsideFrom: 'remote', setAside: 'Laptop words', kept: 'Work words' },
  ]);
  expect((await loadDraft(work.db)).items[0]!.commentary).toBe('Work words');
});
