import git from 'isomorphic-git';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatIssue } from '../../../src/core/kubelist';
import { newDraftIssue, newItem } from '../../../src/core/model';
import { EMPTY_STATE, FEED_PATH, issuePath, type SyncState } from '../../../src/core/sync';
import { publishedIssue } from '../../fixtures/published-issue';
import { GIT_SYNC_TEST_TIMEOUT } from '../../timeouts';
import { syncedPair } from './sync-client';
import { testGitServer } from './test-git-server';

const { server, remote } = testGitServer('test');
afterEach(() => {
  vi.restoreAllMocks();
});

const ISSUES = 200;
const published = (number: number, headline = `Issue ${number}`): [string, string] => [issuePath(number), formatIssue(publishedIssue(number, { headline }))];
const archive = (): SyncState => ({
  ...EMPTY_STATE,
  draft: newDraftIssue('draft-a', { number: ISSUES + 1, date: '2026-12-04' }, 1_000),
  items: [newItem({ id: 'a', issueId: 'draft-a', position: 0, title: 'Title a', url: 'https://example.com/a', commentary: 'Blurb a', now: 1_000 })],
  issueFiles: new Map(Array.from({ length: ISSUES }, (_, i) => published(i + 1))),
});

/** The blob ids the sync layer read, counted where isomorphic-git is asked for them. */
const countReads = () => vi.spyOn(git, 'readBlob');

describe('a sync reads what changed, not the archive', { timeout: GIT_SYNC_TEST_TIMEOUT }, () => {
  it(`with ${ISSUES} issues synced: nothing to do reads no blob and commits nothing; one issue changed elsewhere is one blob read`, async () => {
    const { laptop, work } = await syncedPair(remote, archive());
    expect(work.state.issueFiles.size).toBe(ISSUES);

    const reads = countReads();
    const commits = vi.spyOn(git, 'writeCommit');
    const blobs = vi.spyOn(git, 'writeBlob');
    const requests = server.requests.length;
    expect(await work.sync(remote)).toMatchObject({ code: 'synced', pushed: false });
    expect(reads).not.toHaveBeenCalled();
    expect(commits).not.toHaveBeenCalled();
    expect(blobs).not.toHaveBeenCalled();
    expect(server.requests.length - requests).toBe(1);

    const [path, text] = published(7, 'Issue 7, fixed');
    laptop.state = { ...laptop.state, issueFiles: new Map(laptop.state.issueFiles).set(path, text) };
    expect(await laptop.sync(remote)).toMatchObject({ code: 'synced', pushed: true });
    // The laptop reads the last sync's issue 7 (to see it changed here), and nothing else.
    const was = server.git('rev-parse', `main~1:${path}`).trim();
    expect(reads.mock.calls.map(([args]) => args.oid)).toEqual([was]);
    // Issue 7's new text and the feed written from it: the other 199 issues are in the repository already.
    expect(blobs).toHaveBeenCalledTimes(2);
    expect(server.git('show', `main:${FEED_PATH}`)).toContain('Issue 7, fixed');

    reads.mockClear();
    expect(await work.sync(remote)).toMatchObject({ code: 'synced', pushed: false });
    expect(reads.mock.calls.map(([args]) => args.oid)).toEqual([server.git('rev-parse', `main:${path}`).trim()]);
    expect(work.state.issueFiles.get(path)).toBe(text);
  });

  it('an item changed elsewhere is read alone, and the feed is left as the repository has it', async () => {
    const { laptop, work } = await syncedPair(remote, archive());
    const feed = server.git('rev-parse', `main:${FEED_PATH}`);
    laptop.state = { ...laptop.state, items: [{ ...laptop.state.items[0]!, commentary: 'Blurb a, rewritten', updatedAt: 2_000 }] };
    await laptop.sync(remote);
    expect(server.git('rev-parse', `main:${FEED_PATH}`)).toBe(feed);
    const reads = countReads();
    await work.sync(remote);
    expect(reads.mock.calls.map(([args]) => args.oid)).toEqual([server.git('rev-parse', 'main:.curator/draft/items/a.json').trim()]);
    expect(work.state.items[0]!.commentary).toBe('Blurb a, rewritten');
  });
});
