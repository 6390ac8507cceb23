import type { IDBPIndex } from 'idb';
import { readSettings, type Settings, sameSectionName } from '../core/model';
import { notifyChanged } from './change-feed';
import type { CuratorDatabase } from './open-db';
import type { CuratorDb } from './schema';

/** The curator's settings; the defaults (Kubelist's) for anything not set or not valid. */
export async function loadSettings(db: CuratorDatabase): Promise<Settings> {
  const record = await db.get('meta', 'settings');
  return readSettings(record && record.key === 'settings' ? record.settings : undefined).settings;
}

/** A section given a new name: its items go with it. */
export interface SectionRename {
  from: string;
  to: string;
}

/**
 * Saves the settings (checked first, so only valid settings are ever stored). A renamed section
 * renames its items in the same transaction, so no item is ever left naming a section that is gone.
 */
export async function saveSettings(db: CuratorDatabase, settings: Settings, renamed: readonly SectionRename[] = [], now = Date.now()): Promise<Settings> {
  const checked = readSettings(settings).settings;
  // A rename the check refused (a name given twice) leaves the items as they are.
  const renames = renamed.filter(({ to }) => checked.sections.some((section) => section.name === to.trim()));
  // Only a rename reaches into the items: any other change leaves that store free for the other pages.
  const tx = db.transaction(renames.length > 0 ? ['meta', 'items'] : ['meta'], 'readwrite');
  await tx.objectStore('meta').put({ key: 'settings', settings: checked });
  if (renames.length > 0) {
    const items = tx.objectStore('items');
    // Every move is found before any is made, so renames that swap two names do not chase each other.
    const moves = await itemsToRename(items.index('by-section'), renames);
    await Promise.all(
      moves.map(async ({ id, to }) => {
        const item = await items.get(id);
        if (item) await items.put({ ...item, section: to, updatedAt: now });
      }),
    );
  }
  await tx.done;
  notifyChanged();
  return checked;
}

type SectionIndex = IDBPIndex<CuratorDb, ['meta', 'items'], 'items', 'by-section', 'readwrite'>;

/**
 * The items in a renamed section, and the name each takes. Names are read once each from the
 * index (the archive holds a handful, however many items it has), then the items of those that
 * match: a rename never reads the items of other sections.
 */
async function itemsToRename(index: SectionIndex, renames: readonly SectionRename[]): Promise<{ id: string; to: string }[]> {
  const moves: { id: string; to: string }[] = [];
  // From the first name after '' (no section), and from each name straight to the next: a cursor
  // that stepped over the keys it skips would step over every item of the archive to get there.
  for (let cursor = await index.openKeyCursor(IDBKeyRange.lowerBound(FIRST_NAME)); cursor; cursor = await cursor.continue(cursor.key + FIRST_NAME)) {
    const name = cursor.key;
    const rename = renames.find(({ from }) => sameSectionName(name, from));
    if (rename) for (const id of await index.getAllKeys(name)) moves.push({ id, to: rename.to.trim() });
  }
  return moves;
}

/** The least string after '': no name sorts before it. */
const FIRST_NAME = '\u0000';
