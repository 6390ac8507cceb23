import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { RemoteRepository } from '../../../src/sync/git-repository';
import { type GitServer, startGitServer } from '../../servers/git-http-server';

/** The server's repository as Settings → Sync names it: its address, the branch `main` and the server's token. */
export const remoteOf = (server: GitServer): RemoteRepository => ({ url: server.url, branch: 'main', token: server.token });

/**
 * A git server for this file's tests, closed after them: one for the whole file (`'file'`: its
 * tests build on each other's pushes) or a fresh one for each test (`'test'`). `server` and
 * `remote` answer for the server running at the time, so a test reads them while it runs, never
 * at the top of the file.
 */
export function testGitServer(scope: 'file' | 'test'): { server: GitServer; remote: RemoteRepository } {
  let running: { server: GitServer; remote: RemoteRepository } | null = null;
  const current = () => {
    if (!running) throw new Error('The test git server runs only while a test does');
    return running;
  };
  const start = async () => {
    const server = await startGitServer();
    running = { server, remote: remoteOf(server) };
  };
  const stop = () => running?.server.close();
  if (scope === 'file') {
    beforeAll(start);
    afterAll(stop);
  } else {
    beforeEach(start);
    afterEach(stop);
  }
  const server = liveView<GitServer>({ url: true, token: true, bareDir: true, requests: true, git: true, hang: true, close: true }, () => current().server);
  const remote = liveView<RemoteRepository>({ url: true, branch: true, token: true }, () => current().remote);
  return { server, remote };
}

/** An object whose members (`members` names every one) are read from `of()` each time a test asks for them. */
function liveView<T extends object>(members: Record<keyof T, true>, of: () => T): T {
  const getters = Object.keys(members).map((key) => [key, { enumerable: true, get: () => of()[key as keyof T] }]);
  return Object.defineProperties({}, Object.fromEntries(getters)) as T;
}

// Command-line git runs without blocking: a test's git server must go on answering meanwhile, and
// close its idle kept-alive connections when it means to, not all at once just as the next sync
// sends on one (Node's fetch then fails with ECONNRESET where a browser would retry).
const run = promisify(execFile);

/** Runs `use` in a clone of the server's repository made with command-line git, and removes the clone after. */
export async function withClone<T>(server: GitServer, use: (dir: string) => T | Promise<T>): Promise<T> {
  const clone = await mkdtemp(join(tmpdir(), 'curator-cli-'));
  try {
    await run('git', ['clone', '--quiet', server.bareDir, clone]);
    return await use(clone);
  } finally {
    await rm(clone, { recursive: true, force: true });
  }
}

/** A commit pushed to the server with command-line git, as a curator's editor would: `change` edits a clone's working tree. */
export function commitWithGit(server: GitServer, message: string, change: (dir: string) => void): Promise<void> {
  return withClone(server, async (dir) => {
    const git = (...args: string[]) => run('git', ['-C', dir, ...args]);
    change(dir);
    await git('add', '-A');
    await git('-c', 'user.name=Editor', '-c', 'user.email=editor@example.invalid', 'commit', '--quiet', '-m', message);
    await git('push', '--quiet', 'origin', 'main');
  });
}
