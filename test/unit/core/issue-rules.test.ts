import { describe, expect, it } from 'vitest';
import { isDraftDate, isIssueDate, isIssueNumber, isSaneTimestamp, parseIssueNumber, storedUrlProblem } from '../../../src/core/issue-rules';

describe('the issue rules', () => {
  it('take whole issue numbers from 1 to 9,999,999', () => {
    expect([1, 134, 9_999_999].every(isIssueNumber)).toBe(true);
    expect([0, -1, 1.5, 10_000_000, 12_345_678, Number.NaN, '5'].some(isIssueNumber)).toBe(false);
  });

  it('read a typed number only when it is one', () => {
    expect(['7', ' 135 ', '9999999'].map(parseIssueNumber)).toEqual([7, 135, 9_999_999]);
    expect(['', '0', '07', '1e3', '12345678', '3.5', '-1'].map(parseIssueNumber)).toEqual([null, null, null, null, null, null, null]);
  });

  it('take real dates from 1970 to 2999; only the draft may have none', () => {
    expect(['2018-02-15', '2024-02-29', '1970-01-01', '2999-12-31'].every(isIssueDate)).toBe(true);
    expect(['', '2021-02-30', '3000-01-01', '1969-12-31', '9999-12-31', '2021-3-3'].some(isIssueDate)).toBe(false);
    expect(isDraftDate('')).toBe(true);
    expect(isDraftDate('2021-02-30')).toBe(false);
  });

  it('take timestamps up to the year 3000, not 1e308', () => {
    expect([0, Date.UTC(2026, 0, 1)].every(isSaneTimestamp)).toBe(true);
    expect([1e308, -1, Number.POSITIVE_INFINITY, Number.NaN, Date.UTC(3000, 0, 2)].some(isSaneTimestamp)).toBe(false);
  });

  it('keep an empty, half-typed or http(s) address, never another scheme or another host without one', () => {
    for (const url of ['', 'example.com/half', '/path', 'https://', 'http://example.com/a']) expect(storedUrlProblem(url)).toBeNull();
    expect(storedUrlProblem('javascript:alert(1)')).toEqual({ code: 'scheme', scheme: 'javascript' });
    for (const url of ['//evil.example/x', '\\\\evil.example', '/\\evil.example', ' //evil.example', '/\t/evil.example']) {
      expect(storedUrlProblem(url)).toEqual({ code: 'otherHost' });
    }
  });
});
