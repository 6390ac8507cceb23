import { applySyncState, type CuratorDatabase, lastSync, readSyncState, saveLastSync } from '../storage';
import type { LocalSide } from './run-sync';

/** The local side of a sync on the extension's database. */
export function databaseSide(db: CuratorDatabase, now: () => number = Date.now): LocalSide {
  return {
    read: () => readSyncState(db),
    apply: (before, after, conflicts) => applySyncState(db, before, after, now(), conflicts),
    lastCommit: async () => (await lastSync(db))?.commit ?? null,
    saveLastCommit: (commit) => saveLastSync(db, commit, now()),
  };
}
