import { expect, it } from 'vitest';
import { formatIssue, parseIssue } from '../../../../src/core/kubelist';
import { describeWithArchive, readArchive } from '../../../fixtures/archive';

describeWithArchive('the published archive round-trips byte for byte', () => {
  const archive = readArchive();

  it('holds 133 issues (#1 to #134 without #49) and 886 items', () => {
    expect(archive.size).toBe(133);
    expect(archive.has(49)).toBe(false);
    expect([Math.min(...archive.keys()), Math.max(...archive.keys())]).toEqual([1, 134]);
    const items = [...archive.values()].reduce((sum, text) => sum + parseIssue(text).issue.items.length, 0);
    expect(items).toBe(886);
  });

  it.each([...archive.keys()])('issue #%i: parses without problems and formats back to the same bytes', (number) => {
    const text = archive.get(number)!;
    const { issue, problems } = parseIssue(text);
    expect(problems).toEqual([]);
    expect(issue.number).toBe(number);
    expect(issue.items.length).toBe(text.split('\n').filter((line) => line.startsWith('1. ')).length);
    expect(formatIssue(issue)).toBe(text);
  });

  it('formats a parsed issue back to the same model (format ∘ parse is stable)', () => {
    for (const text of archive.values()) {
      const { issue } = parseIssue(text);
      expect(parseIssue(formatIssue(issue)).issue).toEqual(issue);
    }
  });
});
