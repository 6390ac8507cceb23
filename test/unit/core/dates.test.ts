import { describe, expect, it } from 'vitest';
import { isIsoDate, nextIssueDate, toIsoDate } from '../../../src/core/dates';

describe('nextIssueDate', () => {
  it('is today when today is the issue weekday', () => {
    expect(nextIssueDate(new Date(2021, 2, 3))).toBe('2021-03-03'); // a Wednesday
  });
  it('moves forward to the next Wednesday', () => {
    expect(nextIssueDate(new Date(2021, 2, 4))).toBe('2021-03-10');
    expect(nextIssueDate(new Date(2021, 1, 28))).toBe('2021-03-03'); // across a month end
  });
  it('honours another weekday', () => {
    expect(nextIssueDate(new Date(2021, 2, 3), 1)).toBe('2021-03-08');
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2021-3-3')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
  it('round-trips with toIsoDate', () => {
    expect(toIsoDate(new Date(2024, 11, 31))).toBe('2024-12-31');
  });
});
