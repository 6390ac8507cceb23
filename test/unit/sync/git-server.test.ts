import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { afterEach, describe, expect, it } from 'vitest';
import { testGitServer } from './test-git-server';

const { server } = testGitServer('test');
const dirs: string[] = [];
const workDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'curator-clone-'));
  dirs.push(dir);
  return dir;
};
const author = { name: 'Curator', email: 'curator@example.invalid', timestamp: 1_700_000_000, timezoneOffset: 0 };

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function firstCommit(dir: string, token = server.token, message = 'First') {
  await git.init({ fs, dir, defaultBranch: 'main' });
  writeFileSync(join(dir, 'kubelist-1.md'), 'one\r\n\tTwo 🚀');
  await git.add({ fs, dir, filepath: 'kubelist-1.md' });
  await git.commit({ fs, dir, message, author });
  return git.push({ fs, http, dir, url: server.url, ref: 'main', onAuth: () => ({ username: 'x', password: token }) });
}

describe('the test git server (git http-backend behind a token check)', () => {
  it('takes a push and serves it back byte for byte', async () => {
    const result = await firstCommit(workDir());
    expect(result.ok).toBe(true);
    expect(server.git('show', 'main:kubelist-1.md')).toBe('one\r\n\tTwo 🚀');
    expect(server.git('fsck', '--strict')).toBe('');
    const clone = workDir();
    await git.clone({ fs, http, dir: clone, url: server.url, singleBranch: true, depth: 1, onAuth: () => ({ username: 'x', password: server.token }) });
    expect(readFileSync(join(clone, 'kubelist-1.md'), 'utf8')).toBe('one\r\n\tTwo 🚀');
  });

  it('turns away a wrong token with 401', async () => {
    await expect(firstCommit(workDir(), 'wrong')).rejects.toMatchObject({ code: 'HttpError', data: { statusCode: 401 } });
    expect(server.requests.at(-1)).toMatch(/→ 401$/);
  });

  it('refuses a push that is not on top of the branch', async () => {
    await firstCommit(workDir(), server.token, 'From one computer');
    const refused = await firstCommit(workDir(), server.token, 'From the other').catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'PushRejectedError' });
    expect(server.git('log', '--format=%s', 'main')).toBe('From one computer\n');
  });
});
