import { rekey, URL_KEY_VERSION, urlKey } from '../core/cleanup';
import { committed } from './committed';
import type { CuratorDatabase } from './open-db';
import type { ClipRecord, MetaRecord } from './schema';

/*
 * Why on open and not in a schema migration: a key depends on the URL rules, which change far more
 * often than the stores do. A schema bump per rule change would make every rule a migration, and
 * a page holding the old version open would block the upgrade. Here the check is one read per
 * open, and only a changed version costs a pass over the items.
 */

type MetaStore = { get(key: 'url-key-version'): Promise<MetaRecord | undefined> };

/** Whether the stored keys were made with `version` (a database from before versions had none). */
async function madeWith(meta: MetaStore, version: number): Promise<boolean> {
  const record = await meta.get('url-key-version');
  return record?.key === 'url-key-version' && record.version === version;
}

/** The blurbs under today's keys; two that now share a key keep the one typed last. */
function rekeyClips(clips: readonly ClipRecord[]): Map<string, ClipRecord> {
  const byKey = new Map<string, ClipRecord>();
  for (const clip of clips) {
    const key = rekey(clip.urlKey);
    // The same record when its key stands, so only changed blurbs are written.
    const rekeyed = key === clip.urlKey ? clip : { ...clip, urlKey: key };
    const other = byKey.get(rekeyed.urlKey);
    if (!other || other.updatedAt < rekeyed.updatedAt) byKey.set(rekeyed.urlKey, rekeyed);
  }
  return byKey;
}

/**
 * Recomputes every item's and popup blurb's `urlKey` when the URL rules changed since they were
 * made (URL_KEY_VERSION), and records the version, all in one transaction: "already featured"
 * then finds links stored under earlier rules. Only changed records are written. Returns
 * whether it re-keyed.
 */
export async function rekeyIfRulesChanged(db: CuratorDatabase): Promise<boolean> {
  if (await madeWith(db.transaction('meta').store, URL_KEY_VERSION)) return false;
  const tx = db.transaction(['items', 'clips', 'meta'], 'readwrite');
  return committed(tx, async () => {
    // Another page may have re-keyed between the read above and this transaction.
    const meta = tx.objectStore('meta');
    if (await madeWith(meta, URL_KEY_VERSION)) return false;
    const items = tx.objectStore('items');
    for (let cursor = await items.openCursor(); cursor; cursor = await cursor.continue()) {
      const key = urlKey(cursor.value.url);
      if (key !== cursor.value.urlKey) await cursor.update({ ...cursor.value, urlKey: key });
    }
    const clips = tx.objectStore('clips');
    const before = await clips.getAll();
    const after = rekeyClips(before);
    for (const clip of before) if (after.get(clip.urlKey) !== clip) await clips.delete(clip.urlKey);
    for (const clip of after.values()) if (!before.includes(clip)) await clips.put(clip);
    await meta.put({ key: 'url-key-version', version: URL_KEY_VERSION });
    return true;
  });
}
