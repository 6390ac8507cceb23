import { expect, it } from 'vitest';
import { SYNC_LOCK, withSyncLock } from '../../../src/sync/sync-lock';
import { fakeLocks } from '../../fakes/locks';

it("makes a page's sync wait for the worker's, and never runs two at once", async () => {
  const locks = fakeLocks();
  const order: string[] = [];
  let finishWorker: () => void = () => undefined;
  const worker = withSyncLock(
    async () => {
      order.push('worker starts');
      await new Promise<void>((resolve) => {
        finishWorker = resolve;
      });
      order.push('worker ends');
      return 'worker';
    },
    { wait: false },
    locks,
  );
  await expect.poll(() => locks.isHeld(SYNC_LOCK)).toBe(true);
  const page = withSyncLock(
    async () => {
      order.push('page runs');
      return 'page';
    },
    { wait: true },
    locks,
  );
  await expect.poll(() => locks.waiting(SYNC_LOCK)).toBe(1);
  expect(order).toEqual(['worker starts']);
  finishWorker();
  expect(await Promise.all([worker, page])).toEqual(['worker', 'page']);
  expect(order).toEqual(['worker starts', 'worker ends', 'page runs']);
});

it('lets the background give up at once while a page syncs', async () => {
  const locks = fakeLocks();
  let release: () => void = () => undefined;
  const page = withSyncLock(() => new Promise<void>((resolve) => (release = resolve)), { wait: true }, locks);
  await expect.poll(() => locks.isHeld(SYNC_LOCK)).toBe(true);
  let ran = false;
  expect(
    await withSyncLock(
      async () => {
        ran = true;
      },
      { wait: false },
      locks,
    ),
  ).toBeNull();
  expect(ran).toBe(false);
  release();
  await page;
});

it('just runs where there are no Web Locks (Node)', async () => {
  expect(await withSyncLock(async () => 'ran', { wait: false }, undefined)).toBe('ran');
});
