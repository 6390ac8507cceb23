import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import FS from '@isomorphic-git/lightning-fs';
import http from 'isomorphic-git/http/web';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planImport, previewImport } from '../../../src/core/import';
import type { Issue } from '../../../src/core/issue';
import { formatIssue } from '../../../src/core/kubelist';
import { FEED_PATH } from '../../../src/core/sync';
import { importIssues, loadArchiveIssues, loadSettings, openCuratorDb, readSyncState, saveSettings } from '../../../src/storage';
import { databaseSide } from '../../../src/sync/database-side';
import type { GitContext, RemoteRepository } from '../../../src/sync/git-repository';
import { runSync } from '../../../src/sync/run-sync';
import { type GitServer, startGitServer } from '../../servers/git-http-server';
import { GIT_SYNC_TEST_TIMEOUT } from '../../timeouts';
import './sync-client';

let server: GitServer;
let remote: RemoteRepository;
beforeEach(async () => {
  server = await startGitServer();
  remote = { url: server.url, branch: 'main', token: server.token };
});
afterEach(() => server.close());

const DATED = '{date}-kubelist-{number}.md';
const issue = (number: number): Issue => ({
  number,
  date: `2026-11-0${number}`,
  headline: `Issue ${number} 🚀`,
  intro: 'Intro.\r\nWith a CRLF kept.',
  items: [{ title: 'A', url: `https://a.example/${number}`, commentary: 'Blurb\twith a tab ✨' }],
});
const ISSUES = [1, 2, 3].map(issue);

let computers = 0;
/** One browser profile: its database (with `published` imported) and its own git objects. */
async function computer(name: string, published: Issue[] = []) {
  const n = ++computers;
  const db = await openCuratorDb(`sync-pattern-${n}`);
  if (published.length > 0) {
    const sources = published.map((i) => ({ key: String(i.number), name: `kubelist-${i.number}.md`, text: formatIssue(i) }));
    await importIssues(db, planImport(previewImport(sources, []), {}));
  }
  let clock = Date.UTC(2026, 11, 2, 9) + n;
  const context: GitContext = {
    fs: new FS(`sync-pattern-git-${n}`, { wipe: true }),
    http,
    gitdir: '/newsletter.git',
    author: { name, email: `${name}@example.invalid` },
    now: () => clock,
  };
  return {
    db,
    usePattern: async (fileNamePattern: string) => saveSettings(db, { ...(await loadSettings(db)), fileNamePattern }),
    sync: () => {
      clock += 60_000;
      return runSync(
        context,
        remote,
        databaseSide(db, () => clock),
        `Sync from ${name}`,
      );
    },
  };
}

const tree = () => server.git('ls-tree', '-r', '--name-only', 'main').split('\n').filter(Boolean);
const issueNames = () => tree().filter((path) => path.startsWith('issues/') && path.endsWith('.md'));
const numbers = async (db: Awaited<ReturnType<typeof computer>>['db']) => (await loadArchiveIssues(db)).map((i) => i.number).sort();

/** A commit made with command-line git in a clone: `change` edits the working tree. */
function commitWithGit(message: string, change: (dir: string) => void) {
  const clone = mkdtempSync(join(tmpdir(), 'curator-cli-'));
  try {
    execFileSync('git', ['clone', '--quiet', server.bareDir, clone]);
    change(clone);
    execFileSync('git', ['-C', clone, 'add', '-A']);
    execFileSync('git', ['-C', clone, '-c', 'user.name=Editor', '-c', 'user.email=editor@example.invalid', 'commit', '--quiet', '-m', message]);
    execFileSync('git', ['-C', clone, 'push', '--quiet', 'origin', 'main']);
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
}

describe('issue files named by the file-name pattern, against a real git server', { timeout: GIT_SYNC_TEST_TIMEOUT }, () => {
  it('writes the pattern’s names with the formatter’s bytes, renames them in one commit when it changes, and both computers agree', async () => {
    const laptop = await computer('laptop', ISSUES);
    await laptop.usePattern(DATED);
    expect(await laptop.sync()).toMatchObject({ code: 'synced', pushed: true, renamed: 0, problems: [] });
    expect(issueNames()).toEqual(['issues/2026-11-01-kubelist-1.md', 'issues/2026-11-02-kubelist-2.md', 'issues/2026-11-03-kubelist-3.md']);
    for (const i of ISSUES) expect(server.git('show', `main:issues/${i.date}-kubelist-${i.number}.md`)).toBe(formatIssue(i));
    expect(server.git('fsck', '--strict', '--no-dangling')).toBe('');

    // The curator keeps their own files beside the issues.
    const readme = 'About these issues\n';
    commitWithGit('Describe the folder', (dir) => writeFileSync(join(dir, 'issues', 'README.md'), readme));
    const work = await computer('work');
    expect(await work.sync()).toMatchObject({ code: 'synced', pushed: false, problems: [] });
    expect(await numbers(work.db)).toEqual([1, 2, 3]);
    expect((await loadSettings(work.db)).fileNamePattern).toBe(DATED);

    // The pattern changes at work: the next sync renames every issue file in one commit, same bytes.
    const feed = server.git('rev-parse', `main:${FEED_PATH}`);
    const before = server.git('rev-parse', 'main');
    await work.usePattern('kubelist-{number}-{date}.md');
    expect(await work.sync()).toMatchObject({ code: 'synced', pushed: true, renamed: 3, problems: [] });
    expect(server.git('rev-parse', 'main~1')).toBe(before);
    expect(server.git('diff', '--name-status', '-M100%', 'main~1', 'main').trim().split('\n')).toEqual([
      'M\t.curator/newsletter.json',
      'R100\tissues/2026-11-01-kubelist-1.md\tissues/kubelist-1-2026-11-01.md',
      'R100\tissues/2026-11-02-kubelist-2.md\tissues/kubelist-2-2026-11-02.md',
      'R100\tissues/2026-11-03-kubelist-3.md\tissues/kubelist-3-2026-11-03.md',
    ]);
    // The feed names issues by number and address, not by file: a rename leaves it as it was.
    expect(server.git('rev-parse', `main:${FEED_PATH}`)).toBe(feed);
    expect(server.git('show', 'main:issues/README.md')).toBe(readme);

    // The laptop follows: the same issues under the new names, none twice, the README not taken in.
    expect(await laptop.sync()).toMatchObject({ code: 'synced', pushed: false, renamed: 0, problems: [] });
    expect((await loadSettings(laptop.db)).fileNamePattern).toBe('kubelist-{number}-{date}.md');
    expect(await numbers(laptop.db)).toEqual([1, 2, 3]);
    expect([...(await readSyncState(laptop.db)).issueFiles.keys()]).toEqual(issueNames().filter((path) => path !== 'issues/README.md'));
    expect(await laptop.sync()).toMatchObject({ code: 'synced', pushed: false });
    expect(await work.sync()).toMatchObject({ code: 'synced', pushed: false });
    expect(server.git('show', 'main:issues/README.md')).toBe(readme);
    expect(server.git('fsck', '--strict', '--no-dangling')).toBe('');
  });

  it('still reads a repository with Kubelist’s own names after the pattern changed there, and renames its files', async () => {
    const laptop = await computer('laptop', ISSUES);
    await laptop.sync();
    expect(issueNames()).toEqual(['issues/kubelist-1.md', 'issues/kubelist-2.md', 'issues/kubelist-3.md']);
    // The pattern is changed in the repository by hand: the files keep their old names.
    commitWithGit('Name issues by date', (dir) => {
      const path = join(dir, '.curator', 'newsletter.json');
      writeFileSync(path, readFileSync(path, 'utf8').replace('"kubelist-{number}.md"', JSON.stringify(DATED)));
      writeFileSync(join(dir, 'issues', 'kubelist-notes.md'), 'Not an issue\n');
    });
    const home = await computer('home');
    expect(await home.sync()).toMatchObject({ code: 'synced', pushed: true, renamed: 3, problems: [] });
    expect(await numbers(home.db)).toEqual([1, 2, 3]);
    expect(issueNames()).toEqual([
      'issues/2026-11-01-kubelist-1.md',
      'issues/2026-11-02-kubelist-2.md',
      'issues/2026-11-03-kubelist-3.md',
      'issues/kubelist-notes.md',
    ]);
    for (const i of ISSUES) expect(server.git('show', `main:issues/${i.date}-kubelist-${i.number}.md`)).toBe(formatIssue(i));
    expect(await laptop.sync()).toMatchObject({ code: 'synced', pushed: false, problems: [] });
    expect(await numbers(laptop.db)).toEqual([1, 2, 3]);
    expect((await loadSettings(laptop.db)).fileNamePattern).toBe(DATED);
  });
});
