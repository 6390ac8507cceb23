import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/core/issue';
import { countIssue, habitsFrom } from '../../../src/core/issue-counts';
import { parseIssue } from '../../../src/core/kubelist';
import { describeWithArchive, itWithArchive, readArchiveIfPresent } from '../../fixtures/archive';

const archive = [...readArchiveIfPresent().values()].map((text) => parseIssue(text).issue);
const habits = habitsFrom(archive)!;
const issue = (blurbs: string[]): Issue => ({
  number: 1,
  date: '2021-01-06',
  headline: '',
  intro: '',
  items: blurbs.map((commentary, i) => ({ title: `T${i}`, url: `https://x.test/${i}`, commentary })),
});

describeWithArchive('the curator’s habits, from the real archive', () => {
  it('are the middle 80% of issues and blurbs', () => {
    expect(habits.itemsPerIssue.low).toBeGreaterThanOrEqual(5);
    expect(habits.itemsPerIssue.high).toBeLessThanOrEqual(9);
    expect(habits.wordsPerBlurb.low).toBeGreaterThan(10);
    expect(habits.wordsPerBlurb.high).toBeLessThan(150);
  });
  it('need a few issues to mean anything', () => {
    expect(habitsFrom(archive.slice(0, 4))).toBeNull();
  });
});

describe('countIssue', () => {
  it('counts words without the emoji and lists blurbs that end without one', () => {
    const counts = countIssue(issue(['Two words 🔊', 'Three whole words.', '']), null);
    expect(counts).toEqual({ items: 3, wordsPerBlurb: [2, 3, 0], withoutEmoji: [2], notes: [] });
  });
  itWithArchive('notes an item count and blurb lengths far from the curator’s range', () => {
    const long = Array(400).fill('word').join(' ');
    const counts = countIssue(issue([long, 'Short.']), habits);
    const { low, high } = habits.itemsPerIssue;
    expect(counts.notes[0]).toEqual({ code: 'fewerItems', items: 2, low, high });
    expect(counts.notes).toContainEqual({ code: 'blurbLength', item: 1, words: 400, ...habits.wordsPerBlurb });
    expect(counts.notes).toContainEqual({ code: 'blurbLength', item: 2, words: 1, ...habits.wordsPerBlurb });
  });
  itWithArchive('finds #117 within the curator’s habits', () => {
    expect(countIssue(archive.find((i) => i.number === 117)!, habits).notes).toEqual([]);
  });
});
