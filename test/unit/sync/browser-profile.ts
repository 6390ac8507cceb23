import FS from '@isomorphic-git/lightning-fs';
import http from 'isomorphic-git/http/web';
import { type CuratorDatabase, openCuratorDb } from '../../../src/storage';
import { databaseSide } from '../../../src/sync/database-side';
import type { GitContext, RemoteRepository } from '../../../src/sync/git-repository';
import { type LocalSide, runSync } from '../../../src/sync/run-sync';

let profiles = 0;

/**
 * One browser profile in a sync test: a fresh database and its own git objects (named from
 * `prefix`, unique per call), its commits signed by `name` and dated by `now`; `number` is its
 * place among the file's profiles (1 for the first).
 */
export async function browserProfile(
  prefix: string,
  name: string,
  now: () => number = Date.now,
): Promise<{ db: CuratorDatabase; context: GitContext; number: number }> {
  const n = ++profiles;
  const db = await openCuratorDb(`${prefix}-${n}`);
  const context: GitContext = {
    fs: new FS(`${prefix}-git-${n}`, { wipe: true }),
    http,
    gitdir: '/newsletter.git',
    author: { name, email: `${name.toLowerCase()}@example.invalid` },
    now,
  };
  return { db, context, number: n };
}

/**
 * A browser profile that syncs with `remote` as the extension does: its database is the local
 * side, each commit says `Sync from <name>`. With `start`, it tells time by a clock of its own from
 * `start` (plus one per profile, so no two profiles' clocks agree) that moves a minute before each
 * sync, for its commits and its database alike; without, by the real clock.
 */
export async function syncingProfile(prefix: string, name: string, remote: RemoteRepository, start?: number) {
  let clock = 0;
  const now = start === undefined ? Date.now : () => clock;
  const { db, context, number } = await browserProfile(prefix, name, now);
  clock = (start ?? 0) + number;
  return {
    db,
    /** This profile's time now. */
    now,
    /** One sync, of `side` when given (a side that does more than the database's). */
    sync: (side: LocalSide = databaseSide(db, now)) => {
      clock += 60_000;
      return runSync(context, remote, side, `Sync from ${name}`);
    },
  };
}
