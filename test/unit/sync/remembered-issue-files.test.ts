import git from 'isomorphic-git';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { planImport, previewImport } from '../../../src/core/import';
import type { Issue } from '../../../src/core/issue';
import { formatIssue } from '../../../src/core/kubelist';
import { issuePath } from '../../../src/core/sync';
import { editPublishedIssue, getIssueWithItems, importIssues, loadSettings, saveSettings } from '../../../src/storage';
import { databaseSide } from '../../../src/sync/database-side';
import type { RemoteRepository } from '../../../src/sync/git-repository';
import { runSync } from '../../../src/sync/run-sync';
import { type GitServer, startGitServer } from '../../servers/git-http-server';
import { GIT_SYNC_TEST_TIMEOUT } from '../../timeouts';
import { browserProfile } from './browser-profile';
import './sync-client';

// Every issue the sync formats goes through here: counted, the formatter's bytes unchanged.
vi.mock('../../../src/core/kubelist', async (importOriginal) => {
  const kubelist = await importOriginal<typeof import('../../../src/core/kubelist')>();
  return { ...kubelist, formatIssue: vi.fn(kubelist.formatIssue) };
});

let server: GitServer;
let remote: RemoteRepository;
beforeAll(async () => {
  server = await startGitServer();
  remote = { url: server.url, branch: 'main', token: server.token };
});
afterAll(() => server.close());

const ISSUES = 200;
const issue = (number: number): Issue => ({
  number,
  date: '2026-11-05',
  headline: `Issue ${number}`,
  intro: 'Intro.',
  items: [{ title: 'A', url: 'https://a.example/', commentary: 'Blurb 🚀' }],
});

/** The texts git was asked to hash (every blob id this browser works out), and the issue files among them. */
function countHashes() {
  const decoder = new TextDecoder();
  const hashes = vi.spyOn(git, 'hashBlob');
  return {
    issues: () => hashes.mock.calls.map(([{ object }]) => decoder.decode(object as Uint8Array)).filter((text) => text.startsWith('## [Kubelist Issue #')),
    clear: () => hashes.mockClear(),
  };
}

it(`with ${ISSUES} published issues synced, formats and hashes none of them again; an issue edited here is formatted once and pushed`, {
  timeout: GIT_SYNC_TEST_TIMEOUT,
}, async () => {
  let clock = Date.UTC(2026, 11, 3, 9);
  const { db, context } = await browserProfile('remembered-issue-files', 'Ana', () => clock);
  const sources = Array.from({ length: ISSUES }, (_, i) => ({ key: String(i + 1), name: `kubelist-${i + 1}.md`, text: formatIssue(issue(i + 1)) }));
  await importIssues(db, planImport(previewImport(sources, []), {}));
  const sync = () => {
    clock += 60_000;
    return runSync(
      context,
      remote,
      databaseSide(db, () => clock),
      'Sync',
    );
  };
  const formats = vi.mocked(formatIssue);
  formats.mockClear();
  const hashes = countHashes();
  expect(await sync()).toMatchObject({ code: 'synced', pushed: true });
  expect(formats).toHaveBeenCalledTimes(ISSUES);
  expect(hashes.issues()).toHaveLength(ISSUES);

  formats.mockClear();
  hashes.clear();
  expect(await sync()).toMatchObject({ code: 'synced', pushed: false });
  expect(formats).not.toHaveBeenCalled();
  expect(hashes.issues()).toEqual([]);

  const seven = (await getIssueWithItems(db, 7))!;
  await editPublishedIssue(db, seven.issue.id, { issue: { headline: 'Issue 7, fixed' }, items: [] }, clock);
  formats.mockClear();
  hashes.clear();
  expect(await sync()).toMatchObject({ code: 'synced', pushed: true });
  expect(formats).toHaveBeenCalledTimes(1);
  const text = formats.mock.results[0]!.value as string;
  expect(text).toContain('Issue 7, fixed');
  expect(hashes.issues()).toEqual([text]);
  expect(server.git('show', `main:${issuePath(7)}`)).toBe(text);
  // The feed is written again from every issue, the 199 others read from the repository as they are.
  expect(server.git('show', 'main:issues/feed.xml')).toContain('Issue 7, fixed');
  expect(server.git('show', 'main:issues/feed.xml')).toContain('Issue 200');

  formats.mockClear();
  expect(await sync()).toMatchObject({ code: 'synced', pushed: false });
  expect(formats).not.toHaveBeenCalled();

  // Another file-name pattern is another file for every issue: each is formatted again, and renamed.
  await saveSettings(db, { ...(await loadSettings(db)), fileNamePattern: 'issue-{number}.md' });
  expect(await sync()).toMatchObject({ code: 'synced', pushed: true, renamed: ISSUES });
  expect(formats).toHaveBeenCalledTimes(ISSUES);
  expect(server.git('show', 'main:issues/issue-7.md')).toBe(text);
});
