import { HISTORY_VERSION, type HistoryEntry } from '../core/emoji-suggest/history-entry';
import type { HistoryIndex } from '../core/emoji-suggest/history-index';
import { recentBlurbs } from './blurb-history';
import type { CuratorDatabase } from './open-db';
import type { MetaWriter } from './schema';

/**
 * Marks the kept emoji history out of date, in the caller's transaction: for a write that changes
 * the published issues. A new token each time, so an index built from what was read before this
 * write is not kept as current.
 */
export function markHistoryStale(tx: MetaWriter): Promise<unknown> {
  return tx.objectStore('meta').put({ key: 'emoji-history', state: 'stale', token: crypto.randomUUID() });
}

/**
 * The curator's emoji habits as the last page worked them out, while the archive has not changed
 * since; otherwise the recent blurbs to work them out from, and the mark to keep the result
 * under (`saveEmojiHistory`). Working them out runs the word rules over ~1,000 blurbs, which cost
 * the popup CPU and a tenth of its heap (compiled code) each time it opened.
 */
export async function loadEmojiHistory(db: CuratorDatabase): Promise<{ index: HistoryIndex } | { entries: HistoryEntry[]; token: string | null }> {
  const kept = await db.get('meta', 'emoji-history');
  if (kept?.key === 'emoji-history' && kept.state === 'current' && kept.version === HISTORY_VERSION) return { index: kept.index };
  const token = kept?.key === 'emoji-history' && kept.state === 'stale' ? kept.token : null;
  return { entries: await recentBlurbs(db), token };
}

/**
 * Keeps an index worked out from what `loadEmojiHistory` gave with `token`, unless the archive
 * changed since (the mark is no longer that one) or another page kept one first. An index kept by
 * other rules (`HISTORY_VERSION`) is replaced, as nothing would mark it out of date before the
 * next publish.
 */
export async function saveEmojiHistory(db: CuratorDatabase, index: HistoryIndex, token: string | null): Promise<boolean> {
  const tx = db.transaction('meta', 'readwrite');
  const kept = await tx.store.get('emoji-history');
  // Nothing kept, or one kept by other rules (no mark either way), or the mark read is still there.
  const outdated = kept === undefined || (kept.key === 'emoji-history' && kept.state === 'current' && kept.version !== HISTORY_VERSION);
  const unchanged = outdated ? token === null : kept.key === 'emoji-history' && kept.state === 'stale' && kept.token === token;
  if (unchanged) await tx.store.put({ key: 'emoji-history', state: 'current', version: HISTORY_VERSION, index });
  await tx.done;
  return unchanged;
}
