/**
 * Tells the extension's other open pages (popup, editor tabs) that stored data changed, so they
 * reload it. BroadcastChannel reaches every page of the extension's origin but not the sender.
 */
const CHANNEL = 'kubelist-curator:changes';

let sender: BroadcastChannel | undefined;

/** Announces a committed write. Call only after the transaction is done. */
export function notifyChanged(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  sender ??= new BroadcastChannel(CHANNEL);
  sender.postMessage('changed');
}

/** Calls `listener` whenever another page commits a write, until `signal` aborts. */
export function onChanged(listener: () => void, signal: AbortSignal): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const receiver = new BroadcastChannel(CHANNEL);
  receiver.onmessage = () => listener();
  signal.addEventListener('abort', () => receiver.close(), { once: true });
}
