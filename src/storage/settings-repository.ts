import { readSettings, type Settings } from '../core/model';
import { notifyChanged } from './change-feed';
import type { CuratorDatabase } from './open-db';

/** The curator's settings; the defaults (Kubelist's) for anything not set or not valid. */
export async function loadSettings(db: CuratorDatabase): Promise<Settings> {
  const record = await db.get('meta', 'settings');
  return readSettings(record && record.key === 'settings' ? record.settings : undefined).settings;
}

/** Saves the settings (checked first, so only valid settings are ever stored). */
export async function saveSettings(db: CuratorDatabase, settings: Settings): Promise<Settings> {
  const checked = readSettings(settings).settings;
  const tx = db.transaction('meta', 'readwrite');
  await tx.store.put({ key: 'settings', settings: checked });
  await tx.done;
  notifyChanged();
  return checked;
}
