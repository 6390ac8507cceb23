import git from 'isomorphic-git';
import { expect, it, vi } from 'vitest';
import { formatIssue } from '../../../src/core/kubelist';
import { issuePath } from '../../../src/core/sync';
import { editPublishedIssue, getIssueWithItems, loadSettings, saveSettings } from '../../../src/storage';
import { importPublished, publishedIssue } from '../../fixtures/published-issue';
import { GIT_SYNC_TEST_TIMEOUT } from '../../timeouts';
import { syncingProfile } from './browser-profile';
import './sync-client';
import { testGitServer } from './test-git-server';

// Every issue the sync formats goes through here: counted, the formatter's bytes unchanged.
vi.mock('../../../src/core/kubelist', async (importOriginal) => {
  const kubelist = await importOriginal<typeof import('../../../src/core/kubelist')>();
  return { ...kubelist, formatIssue: vi.fn(kubelist.formatIssue) };
});

const { server, remote } = testGitServer('file');

const ISSUES = 200;

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
  const { db, now, sync } = await syncingProfile('remembered-issue-files', 'Ana', remote, Date.UTC(2026, 11, 3, 9));
  const archive = Array.from({ length: ISSUES }, (_, i) => publishedIssue(i + 1));
  await importPublished(db, archive);
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
  await editPublishedIssue(db, seven.issue.id, { issue: { headline: 'Issue 7, fixed' }, items: [] }, now());
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
