// biome-ignore assist/source/organizeImports: first on purpose: isomorphic-git needs the Buffer global as it loads.
import './buffer-global';
import FS from '@isomorphic-git/lightning-fs';
import http from 'isomorphic-git/http/web';
import type { Connection, SyncSettings } from '../storage';
import { databaseSide } from './database-side';
import type { GitContext } from './git-repository';
import { syncHttp } from './sync-http';
import { runSync, type SyncOutcome } from './run-sync';
import { type SyncFailure, syncFailure } from './sync-failure';
import { withSyncLock } from './sync-lock';

/** One request of the git server may take this long before the sync gives up with "no answer". */
export const SYNC_REQUEST_DEADLINE_MS = 30_000;

/**
 * The git objects a sync keeps between runs, in lightning-fs (its own IndexedDB database, kept
 * apart from the curator's data): one bare repository per repository address, so pointing the
 * extension at another repository starts that one afresh.
 */
let files: FS | null = null;
const gitdirFor = (url: string) => `/${encodeURIComponent(url)}.git`;

/**
 * Runs one sync with `settings` on the page's connection, after any sync running elsewhere (the
 * worker's, another tab's) has ended; a failure comes back as its code, never thrown.
 */
export async function syncNow(
  connection: Pick<Connection, 'run'>,
  settings: SyncSettings,
  message: string,
): Promise<SyncOutcome | { code: 'failed'; failure: SyncFailure }> {
  return (await withSyncLock(() => syncHoldingLock(connection, settings, message), { wait: true }))!;
}

/** One sync, for a caller that holds the sync lock (`withSyncLock`). */
export async function syncHoldingLock(
  connection: Pick<Connection, 'run'>,
  settings: SyncSettings,
  message: string,
): Promise<SyncOutcome | { code: 'failed'; failure: SyncFailure }> {
  files ??= new FS('kubelist-curator-sync');
  const context: GitContext = {
    fs: files,
    http: syncHttp(http, SYNC_REQUEST_DEADLINE_MS),
    gitdir: gitdirFor(settings.url),
    author: { name: settings.curatorName || 'Curator', email: 'curator@kubelist-curator.invalid' },
    now: Date.now,
  };
  try {
    return await connection.run((db) =>
      runSync(context, { url: settings.url, branch: settings.branch || 'main', token: settings.token }, databaseSide(db), message),
    );
  } catch (error) {
    return { code: 'failed', failure: syncFailure(error) };
  }
}
