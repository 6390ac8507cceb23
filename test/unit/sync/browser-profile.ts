import FS from '@isomorphic-git/lightning-fs';
import http from 'isomorphic-git/http/web';
import { type CuratorDatabase, openCuratorDb } from '../../../src/storage';
import type { GitContext } from '../../../src/sync/git-repository';

let profiles = 0;

/**
 * One browser profile in a sync test: a fresh database and its own git objects (named from
 * `prefix`, unique per call), its commits signed by `name` and dated by `now`.
 */
export async function browserProfile(prefix: string, name: string, now: () => number = Date.now): Promise<{ db: CuratorDatabase; context: GitContext }> {
  const n = ++profiles;
  const db = await openCuratorDb(`${prefix}-${n}`);
  const context: GitContext = {
    fs: new FS(`${prefix}-git-${n}`, { wipe: true }),
    http,
    gitdir: '/newsletter.git',
    author: { name, email: `${name.toLowerCase()}@example.invalid` },
    now,
  };
  return { db, context };
}
