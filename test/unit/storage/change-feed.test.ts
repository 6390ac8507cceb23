import { afterEach, expect, it } from 'vitest';
import { type ChangeCause, onChanged, openCuratorDb, saveBackgroundSync } from '../../../src/storage';
import { notifyChanged } from '../../../src/storage/change-feed';

const CHANNEL = 'kubelist-curator:changes';
const open: BroadcastChannel[] = [];
afterEach(() => {
  for (const channel of open.splice(0)) channel.close();
});
/** Another page's end of the channel. */
function otherPage() {
  const channel = new BroadcastChannel(CHANNEL);
  open.push(channel);
  const heard: unknown[] = [];
  channel.onmessage = (event) => heard.push(event.data);
  return { channel, heard };
}

it('tells other pages whether a write was an edit or a sync’s (which needs no sync again), and the worker’s outcome as a sync’s', async () => {
  const other = otherPage();
  const heard: ChangeCause[] = [];
  const stop = new AbortController();
  onChanged((cause) => heard.push(cause), stop.signal);
  other.channel.postMessage('changed');
  other.channel.postMessage('synced');
  await expect.poll(() => heard).toEqual(['edit', 'sync']);
  notifyChanged();
  notifyChanged('sync');
  await saveBackgroundSync(await openCuratorDb('change-feed-1'), 1_000, { code: 'synced', pushed: false, renamed: 0 });
  await expect.poll(() => other.heard).toEqual(['changed', 'synced', 'synced']);
  stop.abort();
});
