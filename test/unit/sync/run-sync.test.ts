import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import http from 'isomorphic-git/http/web';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/core/kubelist';
import { type IssueRecord, type ItemRecord, newDraftIssue, newItem } from '../../../src/core/model';
import { EMPTY_STATE, FEED_PATH, issuePath, type SyncState } from '../../../src/core/sync';
import { syncHttp } from '../../../src/sync/sync-http';
import { childrenNamed, parseXml } from '../../fixtures/parse-xml';
import { publishedIssue } from '../../fixtures/published-issue';
import { GIT_NO_ANSWER_DEADLINE, GIT_SYNC_TEST_TIMEOUT } from '../../timeouts';
import { sameState, syncedPair, TestClient } from './sync-client';
import { commitWithGit, testGitServer } from './test-git-server';

const { server, remote } = testGitServer('test');

const draft = (id = 'draft-a'): IssueRecord => newDraftIssue(id, { number: 8, date: '2026-12-04' }, 1_000);
const item = (id: string, position: number, issueId = 'draft-a', now = 1_000): ItemRecord =>
  newItem({ id, issueId, position, title: `Title ${id}`, url: `https://example.com/${id}`, commentary: `Blurb ${id} 🚀`, now });
const state = (d: IssueRecord | null, items: ItemRecord[], files: Record<string, string> = {}): SyncState => ({
  ...EMPTY_STATE,
  draft: d,
  items,
  issueFiles: new Map(Object.entries(files)),
});
/** Exported issues as the formatter writes them: CRLF kept from a pasted intro, a tab, emoji, no final newline. */
const ISSUES = { [issuePath(1)]: '## Issue one\r\n\n1. [A](https://a.example/) \tblurb 🚀', [issuePath(2)]: 'Issue two ✨\n' };

describe('runSync against a real git server', { timeout: GIT_SYNC_TEST_TIMEOUT }, () => {
  it('first sync writes the layout, byte for byte, as one clean commit; a second with nothing to do pushes nothing', async () => {
    const laptop = new TestClient('laptop', state(draft(), [item('a', 0), item('b', 1)], ISSUES));
    const outcome = await laptop.sync(remote);
    expect(outcome).toMatchObject({ code: 'synced', pushed: true, attempts: 1, conflicts: [] });
    expect(server.git('show', `main:${issuePath(1)}`)).toBe(ISSUES[issuePath(1)]);
    expect(server.git('show', `main:${issuePath(2)}`)).toBe(ISSUES[issuePath(2)]);
    expect(server.git('show', 'main:.gitattributes')).toBe('issues/*.md -text\n');
    expect(server.git('ls-tree', '-r', '--name-only', 'main').split('\n').filter(Boolean)).toEqual([
      '.curator/draft/issue.json',
      '.curator/draft/items/a.json',
      '.curator/draft/items/b.json',
      '.curator/newsletter.json',
      '.gitattributes',
      'issues/feed.xml',
      'issues/kubelist-1.md',
      'issues/kubelist-2.md',
    ]);
    expect(server.git('fsck', '--strict', '--no-dangling')).toBe('');
    const requests = server.requests.length;
    expect(await laptop.sync(remote)).toMatchObject({ code: 'synced', pushed: false });
    // Nothing to do: the head is asked for, and nothing is fetched or pushed.
    expect(server.requests.slice(requests)).toEqual([expect.stringMatching(/^GET \/newsletter\.git\/info\/refs\?service=git-upload-pack → 200$/)]);
  });

  it('brings two computers to the same draft: both have both items, in the same order', async () => {
    const { laptop, work } = await syncedPair(remote, state(draft(), [item('a', 0)]));
    expect(sameState(work.state, laptop.state)).toBe(true);
    laptop.state = state(draft(), [item('a', 0), item('b', 1, 'draft-a', 2_000)]);
    work.state = state(draft(), [item('a', 0), item('c', 1, 'draft-a', 3_000)]);
    await laptop.sync(remote);
    await work.sync(remote);
    await laptop.sync(remote);
    expect(laptop.state.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(sameState(work.state, laptop.state)).toBe(true);
  });

  it('keeps what it set aside once its merge was pushed, when this browser changed meanwhile and the sync starts again', async () => {
    const { laptop, work } = await syncedPair(remote, state(draft(), [item('a', 0), item('b', 1)]));
    laptop.state = state(draft(), [{ ...item('a', 0), commentary: 'Laptop words', updatedAt: 5_000 }, item('b', 1)]);
    await laptop.sync(remote);
    work.state = state(draft(), [{ ...item('a', 0), commentary: 'Work words', updatedAt: 9_000 }, item('b', 1)]);
    // The curator types in b after the merge was pushed and before it is written here: the first
    // apply is refused, and the next attempt merges against a repository that already lost the laptop's words.
    const apply = work.apply.bind(work);
    let refused = false;
    work.apply = async (before, after, conflicts) => {
      if (!refused) {
        refused = true;
        work.state = { ...work.state, items: [work.state.items[0]!, { ...item('b', 1), title: 'Typed meanwhile', updatedAt: 10_000 }] };
      }
      return apply(before, after, conflicts);
    };
    const outcome = await work.sync(remote);
    expect(outcome).toMatchObject({
      code: 'synced',
      attempts: 2,
      conflicts: [{ kind: 'item', id: 'a', field: 'commentary', setAsideFrom: 'remote', setAside: 'Laptop words', kept: 'Work words' }],
    });
    expect(work.kept).toEqual(outcome.code === 'synced' ? outcome.conflicts : null);
    expect(work.state.items.map((i) => i.title)).toEqual(['Title a', 'Typed meanwhile']);
  });

  it('retries a push refused because the other computer pushed first, and the server keeps every commit', async () => {
    const { laptop, work } = await syncedPair(remote, state(draft(), [item('a', 0)]));
    work.state = state(draft(), [item('a', 0), item('w', 1, 'draft-a', 3_000)]);
    laptop.state = state(draft(), [item('a', 0), item('l', 1, 'draft-a', 2_000)]);
    laptop.beforeNextRead = async () => {
      expect(await work.sync(remote)).toMatchObject({ code: 'synced', pushed: true });
    };
    const outcome = await laptop.sync(remote);
    expect(outcome).toMatchObject({ code: 'synced', attempts: 2 });
    expect(server.git('log', '--format=%s', 'main').trim().split('\n')).toEqual(['Sync from laptop', 'Sync from work', 'Sync from laptop']);
    expect(laptop.state.items.map((i) => i.id)).toEqual(['a', 'l', 'w']);
  });

  it('stops when both published the same number, leaving this browser’s data and the repository as they were', async () => {
    const { laptop, work } = await syncedPair(remote, state(draft(), [item('a', 0)]));
    work.state = state(null, [], { [issuePath(8)]: 'Published at work' });
    laptop.state = state(null, [], { [issuePath(8)]: 'Published on the laptop' });
    await work.sync(remote);
    const head = server.git('rev-parse', 'main');
    const before = laptop.state;
    expect(await laptop.sync(remote)).toEqual({ code: 'publishedElsewhere', number: 8 });
    expect(laptop.state).toBe(before);
    expect(server.git('rev-parse', 'main')).toBe(head);
  });

  it('takes in an issue fixed with command-line git', async () => {
    const laptop = new TestClient('laptop', state(null, [], ISSUES));
    await laptop.sync(remote);
    await commitWithGit(server, 'Fix a typo', (clone) => {
      expect(readFileSync(join(clone, issuePath(1)), 'utf8')).toBe(ISSUES[issuePath(1)]);
      writeFileSync(join(clone, issuePath(2)), 'Issue two, fixed ✨\n');
    });
    await laptop.sync(remote);
    expect(laptop.state.issueFiles.get(issuePath(2))).toBe('Issue two, fixed ✨\n');
  });

  it('writes the archive’s feed beside the issue files, and writes it again over an edit once the issues change', async () => {
    const published = (number: number): [string, string] => [issuePath(number), formatIssue(publishedIssue(number, { date: `2026-11-0${number}` }))];
    const entries = () => childrenNamed(parseXml(server.git('show', `main:${FEED_PATH}`)), 'entry').map((e) => childrenNamed(e, 'id')[0]!.text);
    const laptop = new TestClient('laptop', state(null, [], Object.fromEntries([published(1), published(2)])));
    await laptop.sync(remote);
    expect(entries()).toEqual(['https://kubelist.com/issue/2', 'https://kubelist.com/issue/1']);
    await commitWithGit(server, 'Edit the feed', (clone) => writeFileSync(join(clone, FEED_PATH), 'edited by hand'));
    // The issues did not change: the feed is left as the repository has it.
    expect(await laptop.sync(remote)).toMatchObject({ code: 'synced', pushed: false });
    expect(server.git('show', `main:${FEED_PATH}`)).toBe('edited by hand');
    laptop.state = state(null, [], Object.fromEntries([published(1), published(2), published(3)]));
    expect(await laptop.sync(remote)).toMatchObject({ code: 'synced', pushed: true });
    expect(entries()).toEqual(['https://kubelist.com/issue/3', 'https://kubelist.com/issue/2', 'https://kubelist.com/issue/1']);
    expect(server.git('fsck', '--strict', '--no-dangling')).toBe('');
  });

  it('leaves nothing half-applied when stopped between the push and the write here (a worker stopped midway), and the next sync converges', async () => {
    const { laptop, work } = await syncedPair(remote, state(draft(), [item('a', 0)]));
    laptop.state = state(draft(), [item('a', 0), item('b', 1, 'draft-a', 2_000)]);
    work.state = state(draft(), [item('a', 0), item('c', 1, 'draft-a', 3_000)]);
    await work.sync(remote);
    const before = laptop.state;
    const last = laptop.last;
    // The worker is stopped after its push, before its one transaction: nothing of it is written here.
    laptop.apply = async () => {
      throw new Error('worker stopped');
    };
    await expect(laptop.sync(remote)).rejects.toThrow('worker stopped');
    expect(laptop.state).toBe(before);
    expect(laptop.last).toBe(last);
    expect(server.git('log', '-1', '--format=%s', 'main').trim()).toBe('Sync from laptop');
    // The next run merges again against the old base: the pushed commit already holds the
    // merge, so it writes the same state here and pushes nothing.
    delete (laptop as Partial<TestClient>).apply;
    expect(await laptop.sync(remote)).toMatchObject({ code: 'synced', pushed: false, conflicts: [] });
    expect(await work.sync(remote)).toMatchObject({ code: 'synced', pushed: false });
    expect(laptop.state.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(sameState(work.state, laptop.state)).toBe(true);
  });

  it('turns away a wrong token and leaves everything as it was', async () => {
    const laptop = new TestClient('laptop', state(draft(), [item('a', 0)]));
    const before = laptop.state;
    await expect(laptop.sync({ ...remote, token: 'wrong' })).rejects.toMatchObject({ code: 'HttpError', data: { statusCode: 401 } });
    expect(laptop.state).toBe(before);
    expect(laptop.last).toBeNull();
  });

  it('ends with an error, not a wait, when the server never answers; and when nothing listens', async () => {
    const laptop = new TestClient('laptop', state(draft(), [item('a', 0)]));
    const before = laptop.state;
    server.hang();
    laptop.context.http = syncHttp(http, GIT_NO_ANSWER_DEADLINE);
    await expect(laptop.sync(remote)).rejects.toMatchObject({ code: 'noAnswer' });
    await server.close();
    laptop.context.http = http;
    await expect(laptop.sync(remote)).rejects.toThrow(TypeError);
    expect(laptop.state).toBe(before);
    expect(laptop.last).toBeNull();
  });
});
