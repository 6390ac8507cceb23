import FS from '@isomorphic-git/lightning-fs';
import http from 'isomorphic-git/http/web';
import type { SyncConflict, SyncState } from '../../../src/core/sync';
import { EMPTY_STATE, type IssueFileProblem, LocalChangedError, writeState } from '../../../src/core/sync';
import type { GitContext, RemoteRepository } from '../../../src/sync/git-repository';
import { type LocalSide, runSync } from '../../../src/sync/run-sync';

// lightning-fs asks `navigator.locks`, which every browser has and Node 20 lacks; without it, it takes its own IndexedDB lock.
(globalThis as { navigator?: object }).navigator ??= {};

let clients = 0;

/** One curator's browser for the engine's tests: a state in memory, and its own git objects in IndexedDB (lightning-fs), as in the extension. */
export class TestClient implements LocalSide {
  state: SyncState;
  last: string | null = null;
  /** Runs once, between this client's fetch and its push (to make another client push first). */
  beforeNextRead: (() => Promise<void>) | null = null;
  context: GitContext;
  clock = 1_000_000;

  constructor(
    readonly name: string,
    initial: SyncState,
  ) {
    this.state = initial;
    const fs = new FS(`curator-sync-test-${++clients}`, { wipe: true });
    this.context = { fs, http, gitdir: '/newsletter.git', author: { name, email: `${name}@example.invalid` }, now: () => this.clock };
  }

  async read(): Promise<SyncState> {
    const hook = this.beforeNextRead;
    this.beforeNextRead = null;
    await hook?.();
    return this.state;
  }

  /** What the syncs that wrote here set aside, as the extension keeps it with the merge. */
  kept: SyncConflict[] = [];

  async apply(before: SyncState, after: SyncState, conflicts: readonly SyncConflict[] = []): Promise<IssueFileProblem[]> {
    if (!sameState(before, this.state)) throw new LocalChangedError();
    this.state = after;
    this.kept = [...conflicts, ...this.kept];
    return [];
  }

  async keep(conflicts: readonly SyncConflict[]) {
    this.kept = [...conflicts, ...this.kept];
  }

  async lastCommit() {
    return this.last;
  }

  async saveLastCommit(commit: string) {
    this.last = commit;
  }

  sync(remote: RemoteRepository, message = `Sync from ${this.name}`) {
    this.clock += 60_000;
    return runSync(this.context, remote, this, message);
  }
}

/** The start of a two-computer test: a laptop that pushed `initial`, and a work computer that synced it in. */
export async function syncedPair(remote: RemoteRepository, initial: SyncState): Promise<{ laptop: TestClient; work: TestClient }> {
  const laptop = new TestClient('laptop', initial);
  await laptop.sync(remote);
  const work = new TestClient('work', EMPTY_STATE);
  await work.sync(remote);
  return { laptop, work };
}

export const sameState = (a: SyncState, b: SyncState) => {
  const x = writeState(a);
  const y = writeState(b);
  return x.size === y.size && [...x].every(([path, text]) => y.get(path) === text);
};
