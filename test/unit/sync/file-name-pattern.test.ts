import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/core/issue';
import { formatIssue } from '../../../src/core/kubelist';
import { FEED_PATH } from '../../../src/core/sync';
import { loadArchiveIssues, loadSettings, readSyncState, saveSettings } from '../../../src/storage';
import { importPublished } from '../../fixtures/published-issue';
import { GIT_SYNC_TEST_TIMEOUT } from '../../timeouts';
import { syncingProfile } from './browser-profile';
import './sync-client';
import { commitWithGit, testGitServer } from './test-git-server';

const { server, remote } = testGitServer('test');

const DATED = '{date}-kubelist-{number}.md';
const issue = (number: number): Issue => ({
  number,
  date: `2026-11-0${number}`,
  headline: `Issue ${number} 🚀`,
  intro: 'Intro.\r\nWith a CRLF kept.',
  items: [{ title: 'A', url: `https://a.example/${number}`, commentary: 'Blurb\twith a tab ✨' }],
});
const ISSUES = [1, 2, 3].map(issue);

/** One browser profile: its database (with `published` imported) and its own git objects. */
async function computer(name: string, published: Issue[] = []) {
  const profile = await syncingProfile('sync-pattern', name, remote, Date.UTC(2026, 11, 2, 9));
  if (published.length > 0) await importPublished(profile.db, published);
  return {
    ...profile,
    usePattern: async (fileNamePattern: string) => saveSettings(profile.db, { ...(await loadSettings(profile.db)), fileNamePattern }),
  };
}

const tree = () => server.git('ls-tree', '-r', '--name-only', 'main').split('\n').filter(Boolean);
const issueNames = () => tree().filter((path) => path.startsWith('issues/') && path.endsWith('.md'));
const numbers = async (db: Awaited<ReturnType<typeof computer>>['db']) => (await loadArchiveIssues(db)).map((i) => i.number).sort();

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
    await commitWithGit(server, 'Describe the folder', (dir) => writeFileSync(join(dir, 'issues', 'README.md'), readme));
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
    await commitWithGit(server, 'Name issues by date', (dir) => {
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
