import { describe, expect, it } from 'vitest';
import { type BackupData, type BackupIssue, type BackupItem, planRestore, planRestoreSteps } from '../../../../src/core/backup';
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/core/model';
import { STEP_RECORDS } from '../../../../src/core/steps';

const issue = (id: string, fields: Partial<BackupIssue> = {}): BackupIssue => ({
  id,
  status: 'published',
  number: 1,
  date: '2021-01-06',
  headline: '',
  intro: '',
  createdAt: 0,
  updatedAt: 0,
  ...fields,
});
const item = (id: string, issueId: string, fields: Partial<BackupItem> = {}): BackupItem => ({
  id,
  issueId,
  position: 0,
  title: id,
  url: `https://example.com/${id}`,
  urlKey: `example.com/${id}`,
  commentary: '',
  addedAt: 0,
  updatedAt: 0,
  ...fields,
});
const data = (issues: BackupIssue[], items: BackupItem[] = [], clips: BackupData['clips'] = [], settings: Settings | null = DEFAULT_SETTINGS): BackupData => ({
  issues,
  items,
  clips,
  settings,
});
/** The data after the plan is applied, as the storage layer applies it. */
function apply(current: BackupData, plan: ReturnType<typeof planRestore>): BackupData {
  const merge = <T>(records: T[], put: T[], remove: string[], key: (r: T) => string) => {
    const map = new Map(records.map((r) => [key(r), r]));
    for (const k of remove) map.delete(k);
    for (const r of put) map.set(key(r), r);
    return [...map.values()];
  };
  return {
    issues: merge(current.issues, plan.put.issues, plan.remove.issues, (r) => r.id),
    items: merge(current.items, plan.put.items, plan.remove.items, (r) => r.id),
    clips: merge(current.clips, plan.put.clips, plan.remove.clips, (r) => r.urlKey),
    settings: plan.put.settings ?? current.settings,
  };
}
const titlesOf = (d: BackupData, issueId: string) =>
  d.items
    .filter((i) => i.issueId === issueId)
    .sort((a, b) => a.position - b.position)
    .map((i) => i.title);

describe('a merge', () => {
  it('adds what only the backup has and keeps what only this browser has', () => {
    const here = data([issue('p1')], [item('a', 'p1')]);
    const backup = data([issue('p1'), issue('p2', { number: 2 })], [item('a', 'p1'), item('b', 'p1', { position: 1 }), item('c', 'p2')]);
    const plan = planRestore(here, backup, 'merge');
    expect(plan.changes.issues).toEqual({ added: 1, updated: 0, removed: 0, unchanged: 1 });
    expect(plan.changes.items).toEqual({ added: 2, updated: 0, removed: 0, unchanged: 1 });
    expect(plan.conflicts).toEqual([]);
  });

  it('puts back an item deleted here since the backup', () => {
    const backup = data([issue('p1')], [item('a', 'p1'), item('b', 'p1', { position: 1 })]);
    const here = data([issue('p1')], [item('a', 'p1')]);
    const after = apply(here, planRestore(here, backup, 'merge'));
    expect(titlesOf(after, 'p1')).toEqual(['a', 'b']);
  });

  it('takes the newer version of a record both hold, and reports it', () => {
    const here = data(
      [issue('p1')],
      [item('a', 'p1', { commentary: 'newer here', updatedAt: 20 }), item('b', 'p1', { position: 1, commentary: 'older here', updatedAt: 5 })],
    );
    const backup = data(
      [issue('p1')],
      [item('a', 'p1', { commentary: 'older in backup', updatedAt: 10 }), item('b', 'p1', { position: 1, commentary: 'newer in backup', updatedAt: 9 })],
    );
    const plan = planRestore(here, backup, 'merge');
    const after = apply(here, plan);
    expect(after.items.map((i) => i.commentary).sort()).toEqual(['newer here', 'newer in backup']);
    expect(plan.conflicts).toEqual([
      { about: { code: 'item', title: 'a' }, kept: 'current' },
      { about: { code: 'item', title: 'b' }, kept: 'backup' },
    ]);
  });

  it('matches a published issue held under another id by its number, and leaves an identical one alone', () => {
    const here = data([issue('mine', { number: 93 })], [item('m1', 'mine', { title: 'Same' })]);
    const backup = data([issue('theirs', { number: 93 })], [item('t1', 'theirs', { title: 'Same', url: 'https://example.com/m1' })]);
    const plan = planRestore(here, backup, 'merge');
    expect(plan.put).toEqual({ issues: [], items: [], clips: [], settings: null });
    expect(plan.remove).toEqual({ issues: [], items: [], clips: [] });
  });

  it('replaces a published issue with the same number as a whole when the backup’s is newer', () => {
    const here = data([issue('mine', { number: 93, updatedAt: 1 })], [item('m1', 'mine')]);
    const backup = data([issue('theirs', { number: 93, headline: 'Fixed', updatedAt: 2 })], [item('t1', 'theirs'), item('t2', 'theirs', { position: 1 })]);
    const plan = planRestore(here, backup, 'merge');
    const after = apply(here, plan);
    expect(after.issues.map((i) => i.id)).toEqual(['theirs']);
    expect(titlesOf(after, 'theirs')).toEqual(['t1', 't2']);
    expect(after.items.map((i) => i.id).sort()).toEqual(['t1', 't2']);
    expect(plan.conflicts).toEqual([{ about: { code: 'wholeIssue', number: 93 }, kept: 'backup' }]);
  });

  it('lets the backup’s draft take the place of an empty one here (a fresh profile)', () => {
    const here = data([issue('empty', { status: 'draft', number: 1 })]);
    const backup = data([issue('d', { status: 'draft', number: 118, headline: 'Mine' })], [item('x', 'd')]);
    const after = apply(here, planRestore(here, backup, 'merge'));
    expect(after.issues.map((i) => [i.id, i.status])).toEqual([['d', 'draft']]);
    expect(titlesOf(after, 'd')).toEqual(['x']);
  });

  it('folds the backup’s draft into a draft started here: still one draft, no item lost', () => {
    const here = data(
      [issue('here', { status: 'draft', number: 118, headline: 'Here', updatedAt: 5 })],
      [item('h1', 'here'), item('h2', 'here', { position: 1 })],
    );
    const backup = data(
      [issue('there', { status: 'draft', number: 118, headline: 'There', updatedAt: 3 })],
      [item('t1', 'there'), item('t2', 'there', { position: 1 })],
    );
    const plan = planRestore(here, backup, 'merge');
    const after = apply(here, plan);
    expect(after.issues).toEqual([issue('here', { status: 'draft', number: 118, headline: 'Here', updatedAt: 5 })]);
    expect(titlesOf(after, 'here')).toEqual(['h1', 'h2', 't1', 't2']);
    expect(after.items.map((i) => i.position).sort()).toEqual([0, 1, 2, 3]);
    expect(plan.conflicts).toEqual([{ about: { code: 'issueFields', number: null }, kept: 'current' }]);
    expect(plan.notes).toEqual([{ code: 'draftItemsAdded', count: 2 }]);
  });

  // Regression (issue 12, item 12): two #50s and no draft, and the next backup was refused.
  it('keeps one issue per number and one draft when the backup holds the draft here published under an archived number', () => {
    const here = data(
      [issue('P', { number: 50, date: '2021-01-06', updatedAt: 1 }), issue('D', { status: 'draft', number: 50, date: '', headline: 'Mine', updatedAt: 2 })],
      [item('p1', 'P'), item('d1', 'D')],
    );
    const backup = data([issue('D', { number: 50, date: '2021-01-13', headline: 'Mine', updatedAt: 3 })], [item('d1', 'D'), item('d2', 'D', { position: 1 })]);
    const plan = planRestore(here, backup, 'merge', { now: 7, today: '2026-12-02', weekday: 3, newId: () => 'new-draft' });
    const after = apply(here, plan);
    const numbers = after.issues.filter((i) => i.status === 'published').map((i) => i.number);
    expect(numbers).toEqual([50]);
    expect(after.issues.filter((i) => i.status === 'draft')).toEqual([
      issue('new-draft', { status: 'draft', number: 51, date: '2026-12-02', createdAt: 7, updatedAt: 7 }),
    ]);
    expect(plan.numberClashes).toEqual([{ number: 50, kept: 'backup' }]);
    expect(plan.startedDraft).toEqual({ number: 51, date: '2026-12-02' });
    expect(titlesOf(after, 'D')).toEqual(['d1', 'd2']);
    expect(after.items.map((i) => i.id).sort()).toEqual(['d1', 'd2']);
  });

  it('keeps the draft here as it was when the archived issue here is the newer of the two', () => {
    const here = data(
      [issue('P', { number: 50, updatedAt: 9 }), issue('D', { status: 'draft', number: 50, date: '', headline: 'Mine', updatedAt: 2 })],
      [item('p1', 'P'), item('d1', 'D')],
    );
    const backup = data([issue('D', { number: 50, headline: 'Mine', updatedAt: 3 })], [item('d1', 'D'), item('d2', 'D', { position: 1 })]);
    const plan = planRestore(here, backup, 'merge', { newId: () => 'unused' });
    const after = apply(here, plan);
    expect(after.issues.map((i) => [i.id, i.status, i.number])).toEqual([
      ['P', 'published', 50],
      ['D', 'draft', 50],
    ]);
    expect(titlesOf(after, 'D')).toEqual(['d1', 'd2']);
    expect(plan.numberClashes).toEqual([{ number: 50, kept: 'current' }]);
    expect(plan.startedDraft).toBeNull();
  });

  it('renumbers positions that both sides used', () => {
    const here = data([issue('p')], [item('a', 'p', { position: 0, addedAt: 1 })]);
    const backup = data([issue('p')], [item('b', 'p', { position: 0, addedAt: 2 })]);
    const after = apply(here, planRestore(here, backup, 'merge'));
    expect(titlesOf(after, 'p')).toEqual(['a', 'b']);
    expect(after.items.map((i) => i.position).sort()).toEqual([0, 1]);
  });

  it('merges half-written blurbs by page, newer first', () => {
    const clip = (commentary: string, updatedAt: number) => ({ urlKey: 'example.com/x', title: 'X', url: 'https://example.com/x', commentary, updatedAt });
    const plan = planRestore(data([], [], [clip('newer', 9)]), data([], [], [clip('older', 1)]), 'merge');
    expect(plan.put.clips).toEqual([]);
    expect(plan.conflicts).toEqual([{ about: { code: 'clip', page: 'https://example.com/x' }, kept: 'current' }]);
  });
});

describe('a replace', () => {
  it('makes the data exactly the backup’s', () => {
    const here = data([issue('mine', { status: 'draft' })], [item('m', 'mine')]);
    const backup = data([issue('theirs')], [item('t', 'theirs')]);
    const plan = planRestore(here, backup, 'replace');
    expect(apply(here, plan)).toEqual(backup);
    expect(plan.changes.items).toEqual({ added: 1, updated: 0, removed: 1, unchanged: 0 });
    expect(plan.conflicts).toEqual([]);
  });
});

describe('the settings in a restore', () => {
  const mesh: Settings = { ...DEFAULT_SETTINGS, newsletterName: 'Mesh Weekly', weekday: 1, fileNamePattern: '{date}-{number}.md' };
  const here = data([issue('p1')], [], [], { ...DEFAULT_SETTINGS, disabledRules: ['a', 'b'] });
  const backup = data([issue('p1')], [], [], { ...mesh, disabledRules: ['b', 'a'] });

  it('a replace takes the backup’s, naming those that differ', () => {
    const plan = planRestore(here, backup, 'replace');
    expect(plan.settings).toEqual({ inBackup: true, differ: ['newsletterName', 'weekday', 'fileNamePattern'], restored: true });
    expect(apply(here, plan)).toEqual(backup);
  });

  it('a merge keeps the ones here, and says how the backup’s differ', () => {
    const plan = planRestore(here, backup, 'merge');
    expect(plan.settings).toEqual({ inBackup: true, differ: ['newsletterName', 'weekday', 'fileNamePattern'], restored: false });
    expect(plan.put.settings).toBeNull();
    expect(apply(here, plan).settings).toEqual(here.settings);
  });

  it('writes nothing when they are the same (the order of turned-off rules does not matter)', () => {
    const plan = planRestore(here, data([issue('p1')], [], [], { ...DEFAULT_SETTINGS, disabledRules: ['b', 'a'] }), 'replace');
    expect(plan.settings).toEqual({ inBackup: true, differ: [], restored: false });
    expect(plan.put.settings).toBeNull();
  });

  it('keeps the ones here when the backup holds none (made before settings were backed up), even in a replace', () => {
    const plan = planRestore(here, data([issue('p1')], [], [], null), 'replace');
    expect(plan.settings).toEqual({ inBackup: false, differ: [], restored: false });
    expect(apply(here, plan).settings).toEqual(here.settings);
  });
});

describe('a plan in steps', () => {
  /** Enough records that every long walk of a merge crosses several steps. */
  const many = (prefix: string, issues: number, perIssue: number, updatedAt: number) => {
    const made = data([], []);
    for (let n = 1; n <= issues; n++) {
      const id = `${prefix}-${n}`;
      made.issues.push(issue(id, { number: n, updatedAt }));
      for (let i = 0; i < perIssue; i++) made.items.push(item(`${id}-${i}`, id, { position: i, updatedAt }));
    }
    return made;
  };

  it('yields between slices of a few thousand records and ends with the same plan as planRestore', () => {
    const current = many('here', 1_000, 3, 1);
    const backup = many('there', 1_000, 4, 2);
    const steps = planRestoreSteps(current, backup, 'merge', { now: 5, today: '2026-12-02', newId: () => 'new-draft' });
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    // 4,000 backup items and 4,000 merged ones at least, a yield every STEP_RECORDS.
    expect(yields).toBeGreaterThanOrEqual(Math.floor(8_000 / STEP_RECORDS));
    expect(next.value).toEqual(planRestore(current, backup, 'merge', { now: 5, today: '2026-12-02', newId: () => 'new-draft' }));
    expect(next.value.changes.issues).toMatchObject({ updated: 0, removed: 1_000 });
  });
});
