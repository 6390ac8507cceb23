import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type IssueRecord, newDraftIssue, newItem } from '../../../src/core/model';
import { EMPTY_STATE, planSync, type SyncState, writeState } from '../../../src/core/sync';
import { type GitServer, startGitServer } from '../../servers/git-http-server';
import { GIT_SYNC_TEST_TIMEOUT } from '../../timeouts';
import { sameState, TestClient } from './sync-client';
import { remoteOf } from './test-git-server';

/** One curator's edit on their own copy; `pick` chooses among the items there are. */
type Edit =
  | { kind: 'add'; id: number }
  | { kind: 'blurb'; pick: number; text: string }
  | { kind: 'title'; pick: number; text: string }
  | { kind: 'delete'; pick: number }
  | { kind: 'move'; pick: number; to: number }
  | { kind: 'headline'; text: string };
/** A step of the week: a client edits, or a client syncs. */
type Step = { client: number; edit: Edit } | { client: number; sync: true };

const words = fc.constantFrom('Nice 🚀', 'Read this ✨', 'Tools 🛠️', 'Talk 🎤', '');
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), id: fc.nat(1_000_000) }),
  fc.record({ kind: fc.constant('blurb' as const), pick: fc.nat(), text: words }),
  fc.record({ kind: fc.constant('title' as const), pick: fc.nat(), text: words }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('headline' as const), text: words }),
);
const step: fc.Arbitrary<Step> = fc.oneof(fc.record({ client: fc.nat(2), edit }), fc.record({ client: fc.nat(2), sync: fc.constant(true as const) }));

/** Each curator starts a draft of their own until a sync shows them the shared one. */
const draftOf = (client: number): IssueRecord => newDraftIssue(`draft-${client}`, { number: 9, date: '2026-12-11' }, 1);

/** `edit` applied to `state` at time `now`, as the editor would (dense positions, a fresh updatedAt). */
function applyEdit(state: SyncState, edit: Edit, now: number, client: number): SyncState {
  const items = [...state.items];
  const at = items.length === 0 ? -1 : ('pick' in edit ? edit.pick : 0) % items.length;
  const draft = state.draft ?? draftOf(client);
  switch (edit.kind) {
    case 'add':
      items.push(
        newItem({
          id: `c${client}-${edit.id}-${now}`,
          issueId: draft.id,
          position: items.length,
          title: 'T',
          url: `https://example.com/${now}`,
          commentary: '',
          now,
        }),
      );
      break;
    case 'blurb':
    case 'title':
      if (at < 0) return state;
      items[at] = { ...items[at]!, [edit.kind === 'blurb' ? 'commentary' : 'title']: edit.text, updatedAt: now };
      break;
    case 'delete':
      if (at < 0) return state;
      items.splice(at, 1);
      break;
    case 'move': {
      if (at < 0) return state;
      const [moved] = items.splice(at, 1);
      items.splice(edit.to % (items.length + 1), 0, moved!);
      break;
    }
    case 'headline':
      return { ...state, draft: { ...draft, headline: edit.text, updatedAt: now } };
  }
  return { ...state, draft, items: items.map((item, position) => (item.position === position ? item : { ...item, position, updatedAt: now })) };
}

describe('three curators converge', () => {
  it('after any week of edits and syncs, two rounds of sync give every client the same draft (the merge alone)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let head: SyncState = EMPTY_STATE;
        const clients = [0, 1, 2].map(() => ({ local: EMPTY_STATE as SyncState, base: EMPTY_STATE as SyncState }));
        let now = 10;
        const sync = (c: (typeof clients)[number]) => {
          const plan = planSync(c.base, c.local, head);
          if (!plan.ok) throw new Error(plan.code);
          head = plan.state;
          c.local = plan.state;
          c.base = plan.state;
        };
        for (const s of steps) {
          const c = clients[s.client]!;
          if ('sync' in s) sync(c);
          else c.local = applyEdit(c.local, s.edit, ++now, s.client);
        }
        for (let round = 0; round < 2; round++) for (const c of clients) sync(c);
        const files = clients.map((c) => [...writeState(c.local)]);
        expect(files[1]).toEqual(files[0]);
        expect(files[2]).toEqual(files[0]);
        expect([...writeState(head)]).toEqual(files[0]);
      }),
      { numRuns: 300 },
    );
  });

  it('and the same through a real git server, clients in their own repositories', { timeout: GIT_SYNC_TEST_TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
        const server: GitServer = await startGitServer();
        try {
          const remote = remoteOf(server);
          const clients = [0, 1, 2].map((n) => new TestClient(`curator-${n}`, EMPTY_STATE));
          let now = 10;
          for (const s of steps) {
            const c = clients[s.client]!;
            if ('sync' in s) expect(await c.sync(remote)).toMatchObject({ code: 'synced' });
            else c.state = applyEdit(c.state, s.edit, ++now, s.client);
          }
          for (let round = 0; round < 2; round++) for (const c of clients) await c.sync(remote);
          expect(sameState(clients[1]!.state, clients[0]!.state)).toBe(true);
          expect(sameState(clients[2]!.state, clients[0]!.state)).toBe(true);
        } finally {
          await server.close();
        }
      }),
      { numRuns: 4 },
    );
  });
});
