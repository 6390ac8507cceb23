import { readSettings, type Settings, sameSectionName } from '../core/model';
import { notifyChanged } from './change-feed';
import type { CuratorDatabase } from './open-db';

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
    for await (const cursor of tx.objectStore('items')) {
      const section = cursor.value.section ?? '';
      const rename = renames.find(({ from }) => section !== '' && sameSectionName(section, from));
      if (rename) await cursor.update({ ...cursor.value, section: rename.to.trim(), updatedAt: now });
    }
  }
  await tx.done;
  notifyChanged();
  return checked;
}
