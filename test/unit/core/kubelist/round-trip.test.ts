import { describe, expect, it } from 'vitest';
import { formatIssue, parseIssue } from '../../../../src/core/kubelist';
import { describeWithArchive, readArchive } from '../../../fixtures/archive';
import { readSyntheticIssues } from '../../../fixtures/synthetic-issues';

describeWithArchive('the published archive round-trips byte for byte', () => {
  const archive = readArchive();

  it('holds 133 issues (#1 to #134 without #49) and 886 items', () => {
    expect(archive.size).toBe(133);
    expect(archive.has(49)).toBe(false);
    expect([Math.min(...archive.keys()), Math.max(...archive.keys())]).toEqual([1, 134]);
    const items = [...archive.values()].reduce((sum, text) => sum + parseIssue(text).issue.items.length, 0);
    expect(items).toBe(886);
  });

  roundTrips(archive);
});

/** The checks every golden issue passes, for the synthetic set (always) and the archive (when present). */
function roundTrips(issues: Map<number, string>): void {
  it.each([...issues.keys()])('issue #%i: parses without problems and formats back to the same bytes', (number) => {
    const text = issues.get(number)!;
    const { issue, problems } = parseIssue(text);
    expect(problems).toEqual([]);
    expect(issue.number).toBe(number);
    expect(issue.items.length).toBe(text.split('\n').filter((line) => line.startsWith('1. ')).length);
    expect(formatIssue(issue)).toBe(text);
  });

  it('formats a parsed issue back to the same model (format ∘ parse is stable)', () => {
    for (const text of issues.values()) {
      const { issue } = parseIssue(text);
      expect(parseIssue(formatIssue(issue)).issue).toEqual(issue);
    }
  });
}

describe('the synthetic issues round-trip byte for byte', () => {
  const synthetic = readSyntheticIssues();

  it('are a handful of issues, none of them empty', () => {
    expect(synthetic.size).toBeGreaterThanOrEqual(5);
    for (const text of synthetic.values()) expect(parseIssue(text).issue.items.length).toBeGreaterThan(0);
  });

  roundTrips(synthetic);
});
