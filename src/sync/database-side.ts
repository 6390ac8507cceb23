import { applySyncState, type CuratorDatabase, keepSyncConflicts, lastSync, readSyncSide, rememberSyncSide, type SyncSide, saveLastSync } from '../storage';
import type { LocalSide } from './run-sync';

/** The local side of a sync on the extension's database. */
export function databaseSide(db: CuratorDatabase, now: () => number = Date.now): LocalSide {
  // The side last read: its issue files' ids are remembered once the sync has worked them out.
  let side: SyncSide | null = null;
  return {
    read: async (known) => {
      side = await readSyncSide(db, known);
      return side.state;
    },
    remember: async (ids) => {
      if (side) await rememberSyncSide(db, side, ids);
    },
    apply: (before, after, conflicts) => applySyncState(db, before, after, now(), conflicts),
    keep: (conflicts, after) => keepSyncConflicts(db, conflicts, after, now()),
    lastCommit: async () => (await lastSync(db))?.commit ?? null,
    saveLastCommit: (commit) => saveLastSync(db, commit, now()),
  };
}
