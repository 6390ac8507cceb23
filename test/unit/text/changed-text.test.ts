import { describe, expect, it } from 'vitest';
import { changedText } from '../../../src/text/changed-text';

const NOW = Date.UTC(2026, 11, 3, 12);

describe('changedText', () => {
  it('names who changed an item’s words when it was not the adder, and how long ago', () => {
    expect(changedText({ addedBy: 'Ana', changedBy: 'Ben', changedAt: NOW - 5 * 60_000 }, NOW)).toBe('changed by Ben, 5 min. ago');
    expect(changedText({ addedBy: 'Ana', changedBy: 'Ben', changedAt: NOW - 3 * 3_600_000 }, NOW)).toBe('changed by Ben, 3 hr. ago');
    expect(changedText({ addedBy: 'Ana', changedBy: 'Ben', changedAt: NOW - 2 * 86_400_000 }, NOW)).toBe('changed by Ben, 2 days ago');
  });

  it('says only when, for the adder’s own change or an unnamed one; nothing when never changed', () => {
    expect(changedText({ addedBy: 'Ana', changedBy: 'Ana', changedAt: NOW - 60_000 }, NOW)).toBe('changed 1 min. ago');
    expect(changedText({ addedBy: 'Ana', changedBy: '', changedAt: NOW }, NOW)).toBe('changed this minute');
    expect(changedText({ addedBy: 'Ana', changedBy: 'Ben', changedAt: 0 }, NOW)).toBe('');
    expect(changedText({ addedBy: 'Ana' }, NOW)).toBe('');
  });
});
