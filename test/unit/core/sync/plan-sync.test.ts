import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../../src/core/kubelist';
import { type IssueRecord, type ItemRecord, newDraftIssue, newItem, POOL_ISSUE_ID } from '../../../../src/core/model';
import { EMPTY_STATE, issuePath, planSync, readState, type SyncState, writeState } from '../../../../src/core/sync';

const draft = (id = 'draft-a', now = 1_000): IssueRecord => newDraftIssue(id, { number: 7, date: '2026-12-04' }, now);
const item = (id: string, position: number, now = 1_000, issueId = 'draft-a'): ItemRecord =>
  newItem({ id, issueId, position, title: `Title ${id}`, url: `https://example.com/${id}`, commentary: `Blurb ${id} 🚀`, now: now + position });
const state = (d: IssueRecord | null, items: ItemRecord[], files: Record<string, string> = {}): SyncState => ({
  ...EMPTY_STATE,
  draft: d,
  items,
  issueFiles: new Map(Object.entries(files)),
});
const planned = (base: SyncState, local: SyncState, remote: SyncState) => {
  const plan = planSync(base, local, remote);
  if (!plan.ok) throw new Error(`stopped: ${plan.code}`);
  return plan;
};

describe('planSync', () => {
  it('takes each side’s additions: two curators adding links both end with both, in one order', () => {
    const base = state(draft(), [item('a', 0)]);
    const local = state(draft(), [item('a', 0), item('b', 1, 2_000)]);
    const remote = state(draft(), [item('a', 0), item('c', 1, 3_000)]);
    const fromLocal = planned(base, local, remote).state;
    const fromRemote = planned(base, remote, local).state;
    expect(fromLocal.items.map((i) => [i.id, i.position])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    expect(writeState(fromRemote)).toEqual(writeState(fromLocal));
  });

  it('keeps the later edit of one blurb and sets the other aside', () => {
    const base = state(draft(), [item('a', 0)]);
    const local = state(draft(), [{ ...item('a', 0), commentary: 'Mine ✍️', updatedAt: 5_000 }]);
    const remote = state(draft(), [{ ...item('a', 0), commentary: 'Theirs 🎉', updatedAt: 6_000 }]);
    const plan = planned(base, local, remote);
    expect(plan.state.items[0]!.commentary).toBe('Theirs 🎉');
    expect(plan.state.items[0]!.updatedAt).toBe(6_000);
    expect(plan.conflicts).toEqual([
      { kind: 'item', label: 'Title a', id: 'a', field: 'commentary', setAsideFrom: 'local', setAside: 'Mine ✍️', kept: 'Theirs 🎉' },
    ]);
    // The other client, merging the same two edits, keeps the same words.
    expect(planned(base, remote, local).state.items[0]!.commentary).toBe('Theirs 🎉');
  });

  it('merges different fields of one item edited on both sides without a conflict', () => {
    const base = state(draft(), [item('a', 0)]);
    const local = state(draft(), [{ ...item('a', 0), title: 'Better title', updatedAt: 5_000 }]);
    const remote = state(draft(), [{ ...item('a', 0), commentary: 'Better blurb', updatedAt: 6_000 }]);
    const plan = planned(base, local, remote);
    expect(plan.state.items[0]).toMatchObject({ title: 'Better title', commentary: 'Better blurb' });
    expect(plan.conflicts).toEqual([]);
  });

  it('keeps who changed an item’s words with the change, even when the other side’s later edit only moved it', () => {
    const base = state(draft(), [item('a', 0), item('b', 1)]);
    const changed = { ...item('a', 0), commentary: 'Rewritten', changedBy: 'Ana', changedAt: 2_000, updatedAt: 2_000 };
    const moved = { ...item('a', 1), updatedAt: 3_000 };
    const local = state(draft(), [changed, item('b', 1)]);
    const remote = state(draft(), [{ ...item('b', 1), position: 0 }, moved]);
    for (const plan of [planned(base, local, remote), planned(base, remote, local)]) {
      expect(plan.conflicts).toEqual([]);
      expect(plan.state.items.find((i) => i.id === 'a')).toMatchObject({ commentary: 'Rewritten', changedBy: 'Ana', changedAt: 2_000, updatedAt: 3_000 });
    }
  });

  it('deletes what one side deleted and the other left alone, but keeps an edit over a deletion', () => {
    const base = state(draft(), [item('a', 0), item('b', 1)]);
    const local = state(draft(), [item('b', 1)]);
    const remote = state(draft(), [item('a', 0), { ...item('b', 1), commentary: 'Edited', updatedAt: 9_000 }]);
    expect(planned(base, local, remote).state.items.map((i) => i.id)).toEqual(['b']);
    const editedThere = state(draft(), [{ ...item('a', 0), commentary: 'Edited', updatedAt: 9_000 }, item('b', 1)]);
    expect(planned(base, local, editedThere).state.items.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('goes on with the repository’s draft when each side has its own, moving this side’s items into it', () => {
    const mine = { ...draft('draft-b', 2_000), headline: 'My headline' };
    const local = state(mine, [item('x', 0, 2_000, 'draft-b')]);
    const remote = state({ ...draft('draft-a'), headline: 'Their headline' }, [item('a', 0)]);
    const plan = planned(EMPTY_STATE, local, remote);
    expect(plan.state.draft!.id).toBe('draft-a');
    expect(plan.state.items.map((i) => [i.id, i.issueId])).toEqual([
      ['a', 'draft-a'],
      ['x', 'draft-a'],
    ]);
    expect(plan.conflicts).toContainEqual({
      kind: 'draft',
      label: 'Their headline',
      id: 'draft-b',
      field: 'headline',
      setAsideFrom: 'local',
      setAside: 'My headline',
      kept: 'Their headline',
    });
  });

  it('stops when both sides published the same number, and writes nothing', () => {
    const base = state(draft(), []);
    const local = state(null, [], { [issuePath(7)]: 'mine' });
    const remote = state(null, [], { [issuePath(7)]: 'theirs' });
    expect(planSync(base, local, remote)).toEqual({ ok: false, code: 'publishedElsewhere', number: 7 });
  });

  it('takes an issue edited in the repository, keeps one the repository lost, and brings a fresh computer the whole archive', () => {
    const base = state(null, [], { [issuePath(1)]: 'one', [issuePath(2)]: 'two' });
    const local = state(null, [], { [issuePath(1)]: 'one', [issuePath(2)]: 'two' });
    const remote = state(null, [], { [issuePath(1)]: 'one, fixed' });
    expect([...planned(base, local, remote).state.issueFiles]).toEqual([
      [issuePath(1), 'one, fixed'],
      [issuePath(2), 'two'],
    ]);
    expect([...planned(EMPTY_STATE, EMPTY_STATE, base).state.issueFiles]).toEqual([...base.issueFiles]);
  });

  it('matches issue files by number, and moves them to the file-name pattern in force', () => {
    const dated = '{date}-kubelist-{number}.md';
    const text = formatIssue({ number: 2, date: '2026-11-02', headline: 'Two', intro: '', items: [{ title: 'A', url: 'https://a.example/', commentary: '' }] });
    const base = state(null, [], { [issuePath(1)]: 'one', [issuePath(2)]: text });
    const local = {
      ...state(null, [], { [issuePath(1, dated, '2026-11-01')]: 'one', [issuePath(2, dated, '2026-11-02')]: text }),
      newsletter: { ...EMPTY_STATE.newsletter, fileNamePattern: dated },
    };
    // The date of an issue is taken from its name where a side's pattern has it, else from its text.
    const plan = planned(base, local, base);
    expect([...plan.state.issueFiles.keys()]).toEqual(['issues/2026-11-01-kubelist-1.md', 'issues/2026-11-02-kubelist-2.md']);
    expect(planSync(base, local, base)).toMatchObject({ renamed: 2, conflicts: [] });
    const fresh = planSync(EMPTY_STATE, { ...EMPTY_STATE, newsletter: local.newsletter }, base);
    expect(fresh).toMatchObject({ renamed: 2 });
    expect(fresh.ok && [...fresh.state.issueFiles.keys()]).toEqual(['issues/undated-kubelist-1.md', 'issues/2026-11-02-kubelist-2.md']);
    // Then the other side follows: the same issues, renamed nowhere again.
    expect(planSync(base, base, local)).toMatchObject({ renamed: 0, state: { issueFiles: local.issueFiles } });
  });
});

describe('the pool of collected links', () => {
  const pooled = (id: string, now = 1_000) => item(id, 0, now, POOL_ISSUE_ID);

  it('syncs what each side collected, and a link taken into the issue on one side while edited in the pool on the other is one item with the edit', () => {
    const base = { ...state(draft(), []), pool: [pooled('p')] };
    const local = { ...state(draft(), [{ ...pooled('p'), issueId: 'draft-a', position: 0, updatedAt: 2_000 }]), pool: [pooled('q', 2_500)] };
    const remote = { ...state(draft(), []), pool: [{ ...pooled('p'), commentary: 'Better blurb', updatedAt: 3_000 }, pooled('r', 3_500)] };
    const plan = planned(base, local, remote);
    expect(plan.state.items.map((i) => [i.id, i.issueId, i.commentary])).toEqual([['p', 'draft-a', 'Better blurb']]);
    expect(plan.state.pool.map((i) => i.id)).toEqual(['q', 'r']);
    expect(plan.conflicts).toEqual([]);
    const files = writeState(plan.state);
    expect([...files.keys()].filter((path) => path.includes('/p.json') || path.startsWith('.curator/pool/'))).toEqual([
      '.curator/draft/items/p.json',
      '.curator/pool/q.json',
      '.curator/pool/r.json',
    ]);
    expect(readState(files).state).toEqual(plan.state);
  });

  it('refuses a file in the wrong folder (a pool link under the draft’s items) rather than guessing where it belongs', () => {
    const files = writeState({ ...EMPTY_STATE, pool: [pooled('p')] });
    const text = files.get('.curator/pool/p.json')!;
    const { state: read, problems } = readState(new Map([['.curator/draft/items/p.json', text]]));
    expect(read.items).toEqual([]);
    expect(problems.map((p) => p.problem.code)).toEqual(['wrongFolder']);
  });
});

describe('the newsletter’s settings', () => {
  it('share what one side changed, keep the repository’s value when both did, and never take defaults over a curator’s value', () => {
    const named = { ...EMPTY_STATE.newsletter, newsletterName: 'Mesh Weekly', weekday: 5 };
    // A fresh computer (defaults, nothing synced) takes the repository's settings.
    expect(planned(EMPTY_STATE, EMPTY_STATE, { ...EMPTY_STATE, newsletter: named }).state.newsletter).toEqual(named);
    expect(planned(EMPTY_STATE, { ...EMPTY_STATE, newsletter: named }, EMPTY_STATE).state.newsletter).toEqual(named);
    const base = { ...EMPTY_STATE, newsletter: named };
    const plan = planned(
      base,
      { ...base, newsletter: { ...named, newsletterName: 'Mine', weekday: 1 } },
      { ...base, newsletter: { ...named, newsletterName: 'Theirs' } },
    );
    expect(plan.state.newsletter).toEqual({ ...named, newsletterName: 'Theirs', weekday: 1 });
    expect(plan.conflicts).toEqual([{ kind: 'setting', field: 'newsletterName', setAside: 'Mine', kept: 'Theirs' }]);
  });
});

describe('a newsletter setting that is a list', () => {
  // Regression: settings compared by identity made two equal template lists a conflict on every sync.
  it('is one value when both sides hold equal lists, not a conflict', () => {
    const templates = () => [{ id: 't', name: 'T', kind: 'markdown' as const, body: '{{title}}' }];
    const named = { ...EMPTY_STATE.newsletter, newsletterName: 'Mesh Weekly' };
    const base = { ...EMPTY_STATE, newsletter: named };
    const plan = planned(base, { ...base, newsletter: { ...named, templates: templates() } }, { ...base, newsletter: { ...named, templates: templates() } });
    expect(plan.conflicts).toEqual([]);
    expect(plan.state.newsletter.templates).toEqual(templates());
  });
});

describe('the repository files', () => {
  it('read back as the records they were written from, keys in the model’s order', () => {
    const written = writeState(state(draft(), [item('a', 0)], { [issuePath(3)]: 'text\r\n\tno final newline' }));
    expect(written.get('.curator/draft/items/a.json')).toBe(
      '{\n  "id": "a",\n  "issueId": "draft-a",\n  "position": 0,\n  "title": "Title a",\n  "url": "https://example.com/a",\n  "commentary": "Blurb a 🚀",\n  "note": "",\n  "addedBy": "",\n  "section": "",\n  "addedAt": 1000,\n  "changedBy": "",\n  "changedAt": 0,\n  "updatedAt": 1000\n}\n',
    );
    expect(written.get('.gitattributes')).toBe('issues/*.md -text\n');
    expect(written.get('.curator/newsletter.json')).toBe(
      '{\n  "newsletterName": "Kubelist",\n  "issueUrlBase": "https://kubelist.com/issue/",\n  "weekday": 3,\n  "recurringSlot": "Tweet of the week",\n  "headlineEmoji": "",\n  "fileNamePattern": "kubelist-{number}.md",\n  "templates": [],\n  "sections": [],\n  "exportTemplate": "kubelist"\n}\n',
    );
    const { state: read, problems } = readState(written);
    expect(problems).toEqual([]);
    expect(read).toEqual(state(draft(), [item('a', 0)], { [issuePath(3)]: 'text\r\n\tno final newline' }));
  });

  it('carry an item’s section and the newsletter’s sections, and merge a section change like any other field', () => {
    const sections = [
      { name: 'News', limit: null },
      { name: 'Tweet of the week', limit: 1 },
    ];
    const sectioned = { ...state(draft(), [{ ...item('a', 0), section: 'News' }, item('b', 1)]), newsletter: { ...EMPTY_STATE.newsletter, sections } };
    const { state: read, problems } = readState(writeState(sectioned));
    expect(problems).toEqual([]);
    expect(read).toEqual(sectioned);
    const moved = { ...sectioned, items: [sectioned.items[0]!, { ...sectioned.items[1]!, section: 'Tweet of the week', updatedAt: 5_000 }] };
    expect(planned(sectioned, sectioned, moved).state.items.map((i) => i.section)).toEqual(['News', 'Tweet of the week']);
  });

  it('lists a file that does not read and leaves it out, rather than guessing', () => {
    const files = new Map([
      ['.curator/draft/items/a.json', '{ not json'],
      ['.curator/draft/items/b.json', '{"id":"c"}'],
      ['.curator/draft/issue.json', writeState(state({ ...draft(), status: 'published' }, [])).get('.curator/draft/issue.json')!],
    ]);
    const { state: read, problems } = readState(files);
    expect(read).toEqual(EMPTY_STATE);
    expect(problems.map((p) => [p.path, p.problem.code])).toEqual([
      ['.curator/draft/issue.json', 'draftNotDraft'],
      ['.curator/draft/items/a.json', 'notJson'],
      ['.curator/draft/items/b.json', 'badField'],
    ]);
  });
});
