import { rekey, urlKey } from '../cleanup';
import { BACKUP_VERSION, type BackupData } from './backup-types';

/** Backup data as some earlier schema version wrote it: fields are added by the steps below. */
export interface OlderBackupData {
  issues: BackupData['issues'];
  items: Omit<BackupData['items'][number], 'urlKey'>[] | BackupData['items'];
  clips?: BackupData['clips'];
  settings?: BackupData['settings'];
}

type Step = (data: OlderBackupData) => OlderBackupData;

/**
 * One step per schema version, as for the database: `BACKUP_UPGRADES[n - 1]` takes backup data
 * from version n to n + 1. Never edit a step that has shipped; add one when the schema changes.
 */
export const BACKUP_UPGRADES: readonly Step[] = [
  // v1 → v2: every item keyed by its normalized URL.
  (data) => ({ ...data, items: data.items.map((item) => ({ ...item, urlKey: urlKey(item.url) })) }),
  // v2 → v3: half-written popup blurbs were not kept before.
  (data) => ({ ...data, clips: [] }),
  // v3 → v4: the new stores (when the last backup was made, snapshots) are not part of backups.
  (data) => data,
  // v4 → v5: settings were not backed up: none to restore (the ones in the browser stay).
  (data) => ({ ...data, settings: null }),
  // v5 → v6: the pool of collected links did not exist: an older backup holds none.
  (data) => data,
];

/** Brings data written at `fromVersion` up to the current version, step by step; null when a step is missing. */
export function upgradeBackup(data: OlderBackupData, fromVersion: number): BackupData | null {
  let upgraded = data;
  for (let version = fromVersion; version < BACKUP_VERSION; version++) {
    const step = BACKUP_UPGRADES[version - 1];
    if (!step) return null;
    upgraded = step(upgraded);
  }
  const items = upgraded.items.map(rekeyItem);
  const clips = (upgraded.clips ?? []).map(rekeyClip);
  return { issues: upgraded.issues, items, clips, settings: upgraded.settings ?? null };
}

/** `urlKey` is derived from `url`: recomputed with today's rules, never taken from a file. */
export const rekeyItem = (item: OlderBackupData['items'][number]): BackupData['items'][number] => ({ ...item, urlKey: urlKey(item.url) });
/** A blurb keeps only its page's key (not the page's address), so that key is remade instead. */
export const rekeyClip = (clip: BackupData['clips'][number]): BackupData['clips'][number] => ({ ...clip, urlKey: rekey(clip.urlKey) });
