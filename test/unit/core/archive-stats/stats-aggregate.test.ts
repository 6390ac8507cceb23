// The running tallies give what the statistics worked out from every issue give, in any order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addIssueStats,
  archiveStats,
  emptyStatsAggregate,
  itemsPerIssue,
  itemsPerIssueFromTally,
  type StatsIssue,
  statsFromAggregate,
} from '../../../../src/core/archive-stats';
import { parseIssue } from '../../../../src/core/kubelist';
import { describeWithArchive, readArchive } from '../../../fixtures/archive';

const withoutRepeats = (stats: ReturnType<typeof archiveStats>) => ({ ...stats, repeatedLinks: null });

function aggregateOf(issues: readonly StatsIssue[]) {
  const aggregate = emptyStatsAggregate();
  for (const issue of issues) addIssueStats(aggregate, issue);
  return aggregate;
}

describeWithArchive('the statistics aggregate of the Kubelist archive', () => {
  const archive: StatsIssue[] = [...readArchive().values()].map((text) => parseIssue(text).issue);

  it('gives what archiveStats gives, repeated links aside, whichever order the issues were added in', () => {
    const expected = withoutRepeats(archiveStats(archive));
    expect(withoutRepeats(statsFromAggregate(aggregateOf(archive)))).toEqual(expected);
    expect(withoutRepeats(statsFromAggregate(aggregateOf([...archive].reverse())))).toEqual(expected);
  });

  it('survives a structured clone (what IndexedDB stores) unchanged', () => {
    const aggregate = aggregateOf(archive);
    expect(statsFromAggregate(structuredClone(aggregate))).toEqual(statsFromAggregate(aggregate));
  });
});

describe('the statistics aggregate', () => {
  it('is the statistics of an empty archive when nothing was added', () => {
    expect(statsFromAggregate(emptyStatsAggregate())).toEqual(archiveStats([]));
  });

  it('takes min, median and max from the tally of issue lengths as from the lengths themselves', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 12 }), { maxLength: 40 }), (lengths) => {
        const tally = new Map<number, number>();
        for (const length of lengths) tally.set(length, (tally.get(length) ?? 0) + 1);
        const issues = lengths.map((length) => ({
          number: 1,
          date: '2021-01-01',
          items: Array.from({ length }, () => ({ title: '', url: '', commentary: '' })),
        }));
        expect(itemsPerIssueFromTally(tally)).toEqual(itemsPerIssue(issues));
      }),
    );
  });

  it('picks the same spelling of an emoji written as often both ways, whichever came first', () => {
    const blurbs = (first: string, second: string): StatsIssue => ({
      number: 1,
      date: '2021-01-01',
      items: [first, second].map((commentary) => ({ title: '', url: '', commentary })),
    });
    const one = archiveStats([blurbs('Safe 🛡', 'Safe 🛡️')]).emoji.top;
    const other = archiveStats([blurbs('Safe 🛡️', 'Safe 🛡')]).emoji.top;
    expect(one).toEqual(other);
    expect(one).toEqual([{ name: '🛡', count: 2 }]);
  });
});
