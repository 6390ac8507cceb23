import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BackupData, type BackupIssue, type BackupItem, makeBackup, mergeData, readBackup } from '../../../../src/core/backup';
import { DEFAULT_SETTINGS } from '../../../../src/core/model';

// Few ids, numbers and pages, so the two sides share them often: that is where merges go wrong.
const issueId = fc.constantFrom('i1', 'i2', 'i3', 'i4', 'i5');
const number = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(9_999_999));
const date = fc.constantFrom('2021-01-06', '2021-01-13', '2026-12-02', '2999-12-31');
const time = fc.constantFrom(0, 1, 2, 1_700_000_000_000);
const url = fc.constantFrom('', 'https://example.com/a', 'example.com/half', 'http://');

const issueArb = fc.record({
  id: issueId,
  status: fc.constantFrom('draft' as const, 'published' as const),
  number,
  date,
  undated: fc.boolean(),
  headline: fc.constantFrom('', 'H'),
  intro: fc.constantFrom('', 'I'),
  createdAt: time,
  updatedAt: time,
});
const itemArb = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  issue: fc.nat(9),
  position: fc.nat(3),
  title: fc.constantFrom('T', 'U'),
  url,
  commentary: fc.constantFrom('', 'C'),
  addedAt: time,
  updatedAt: time,
});
const clipArb = fc.record({
  urlKey: fc.constantFrom('example.com/x', 'example.com/y'),
  title: fc.constant('X'),
  url,
  commentary: fc.string({ maxLength: 3 }),
  updatedAt: time,
});

/** A data set the backup reader accepts: unique ids, one draft at most, each archived number once. */
const dataArb: fc.Arbitrary<BackupData> = fc
  .record({
    issues: fc.uniqueArray(issueArb, { selector: (i) => i.id, maxLength: 5 }),
    items: fc.uniqueArray(itemArb, { selector: (i) => i.id, maxLength: 6 }),
    clips: fc.uniqueArray(clipArb, { selector: (c) => c.urlKey, maxLength: 2 }),
  })
  .map(({ issues: drawn, items: drawnItems, clips }) => {
    const issues: BackupIssue[] = [];
    const numbers = new Set<number>();
    let drafts = 0;
    for (const { undated, ...issue } of drawn) {
      const status = issue.status === 'draft' && drafts === 0 ? 'draft' : 'published';
      if (status === 'published' && numbers.has(issue.number)) continue;
      if (status === 'draft') drafts++;
      else numbers.add(issue.number);
      issues.push({ ...issue, status, date: status === 'draft' && undated ? '' : issue.date });
    }
    const items: BackupItem[] = issues.length
      ? drawnItems.map(({ issue, ...item }) => ({ ...item, issueId: issues[issue % issues.length]!.id, urlKey: item.url }))
      : [];
    return { issues, items, clips, settings: DEFAULT_SETTINGS };
  });

const problemsOf = (data: BackupData) => {
  const reading = readBackup(JSON.stringify(makeBackup(data, Date.UTC(2026, 11, 2))));
  return reading.ok ? [] : reading.problems;
};

describe('merging two backups', () => {
  // Regression (issue 12, item 12): a merge must keep every rule restore checks, or the backup
  // written next is refused whole.
  it('always gives data that the backup reader accepts', () => {
    let ids = 0;
    fc.assert(
      fc.property(dataArb, dataArb, (here, backup) => {
        expect(problemsOf(here)).toEqual([]);
        expect(problemsOf(backup)).toEqual([]);
        const merged = mergeData(here, backup, { now: 5, today: '2026-12-02', weekday: 3, newId: () => `new-${++ids}` });
        expect(problemsOf(merged.data)).toEqual([]);
        const hadDraft = [...here.issues, ...backup.issues].some((i) => i.status === 'draft');
        expect(merged.data.issues.filter((i) => i.status === 'draft')).toHaveLength(hadDraft ? 1 : 0);
      }),
      { numRuns: 200 },
    );
  });
});
