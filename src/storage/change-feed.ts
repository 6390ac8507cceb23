/**
 * Tells the extension's other open pages (popup, editor tabs) that stored data changed, so they
 * reload it. One channel object per page for sending and receiving: a BroadcastChannel never
 * delivers a message to the object that posted it, so a page does not reload its own writes
 * (which could put back a state older than what it shows).
 */
const CHANNEL = 'kubelist-curator:changes';

let channel: BroadcastChannel | undefined;
const pageChannel = () => (channel ??= new BroadcastChannel(CHANNEL));

const ownListeners = new Set<() => void>();

/**
 * What a write was: the curator's (here, in the popup, in another tab), or a sync's, which wrote
 * what the repository holds already: the editor reloads on both, and syncs again only after an edit.
 */
export type ChangeCause = 'edit' | 'sync';
const SYNCED = 'synced';

/** Announces a committed write. Call only after the transaction is done. */
export function notifyChanged(cause: ChangeCause = 'edit'): void {
  for (const listener of ownListeners) listener();
  if (typeof BroadcastChannel === 'undefined') return;
  pageChannel().postMessage(cause === 'sync' ? SYNCED : 'changed');
}

/** Calls `listener` after every write committed by this page itself, until `signal` aborts. */
export function onOwnChange(listener: () => void, signal: AbortSignal): void {
  ownListeners.add(listener);
  signal.addEventListener('abort', () => ownListeners.delete(listener), { once: true });
}

/** Calls `listener` whenever another page (or the worker) commits a write, until `signal` aborts. */
export function onChanged(listener: (cause: ChangeCause) => void, signal: AbortSignal): void {
  if (typeof BroadcastChannel === 'undefined') return;
  pageChannel().addEventListener('message', (event) => listener(event.data === SYNCED ? 'sync' : 'edit'), { signal });
}
