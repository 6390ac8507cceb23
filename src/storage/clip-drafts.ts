import { urlKey } from '../core/cleanup';
import { CLIP_FIELDS, type ClipContent, refuseInvalid } from '../core/model';
import { committed } from './committed';
import type { CuratorDatabase } from './open-db';
import type { ClipRecord } from './schema';

/** Half-written blurbs older than this are dropped: the curator has moved on. */
const KEEP_FOR_MS = 30 * 24 * 60 * 60 * 1000;

/** The words of a half-written blurb, as the model declares them. */
export type ClipDraft = ClipContent;

/** What was being typed in the popup for the page at `pageUrl`, if anything. */
export async function loadClipDraft(db: CuratorDatabase, pageUrl: string): Promise<ClipRecord | undefined> {
  return db.get('clips', urlKey(pageUrl));
}

/**
 * Saves the popup's fields for the page at `pageUrl` (keyed by the page, not by the URL field,
 * which the curator may edit). Resolves only after the transaction has committed. A field that
 * fails the model's check is refused (`RecordRefusedError`), nothing written.
 */
export async function saveClipDraft(db: CuratorDatabase, pageUrl: string, draft: ClipDraft, now = Date.now()): Promise<void> {
  refuseInvalid('clip', CLIP_FIELDS, draft);
  const tx = db.transaction('clips', 'readwrite');
  const put = tx.store.put({ urlKey: urlKey(pageUrl), ...draft, updatedAt: now });
  // Asked to commit now, not once the put's answer is back in the page: the popup may close in
  // between, and in Chromium a keystroke's write closed that way was lost (test/e2e/durability).
  tx.commit();
  await put;
  await tx.done;
}

/** Forgets the half-written blurb for a page, once its item is added; also prunes stale ones. */
export async function discardClipDraft(db: CuratorDatabase, pageUrl: string, now = Date.now()): Promise<void> {
  const tx = db.transaction('clips', 'readwrite');
  await committed(tx, async () => {
    await tx.store.delete(urlKey(pageUrl));
    const stale = IDBKeyRange.upperBound(now - KEEP_FOR_MS);
    for (let cursor = await tx.store.index('by-updated').openCursor(stale); cursor; cursor = await cursor.continue()) {
      await cursor.delete();
    }
  });
}
