import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../../src/core/kubelist';
import { clashSuggestion, isBlankDraft, lastIssue, nextIssue, nextWeekdayAfter } from '../../../src/core/next-issue';
import { itWithArchive, readArchive } from '../../fixtures/archive';

describe('nextWeekdayAfter', () => {
  it.each([
    ['2021-07-14', '2021-07-21'], // a Wednesday: the next one, a week on
    ['2021-07-01', '2021-07-07'], // a Thursday (late issue): back on Wednesday
    ['2021-06-29', '2021-06-30'], // a Tuesday
    ['2019-08-29', '2019-09-04'],
    ['2020-12-30', '2021-01-06'], // over the year's end
    ['2024-02-27', '2024-02-28'],
    ['2024-02-28', '2024-03-06'], // over a leap day
  ])('after %s is %s', (from, to) => {
    expect(nextWeekdayAfter(from)).toBe(to);
    expect(new Date(`${to}T00:00:00Z`).getUTCDay()).toBe(3);
  });

  it('takes another weekday', () => {
    expect(nextWeekdayAfter('2018-02-15', 4)).toBe('2018-02-22');
  });

  it('does not shift across daylight saving changes (dates are calendar days, not instants)', () => {
    expect(nextWeekdayAfter('2021-03-24')).toBe('2021-03-31');
    expect(nextWeekdayAfter('2021-10-27')).toBe('2021-11-03');
  });
});

describe('nextIssue', () => {
  itWithArchive('follows the real archive: #135 on the Wednesday after #134 (2021-07-14)', () => {
    const refs = [...readArchive().values()].map((text) => parseIssue(text).issue);
    expect(lastIssue(refs)).toMatchObject({ number: 134, date: '2021-07-14' });
    expect(nextIssue(refs)).toEqual({ number: 135, date: '2021-07-21' });
  });

  it('goes by the highest number, whatever the order', () => {
    expect(
      nextIssue([
        { number: 9, date: '2020-01-01' },
        { number: 12, date: '2020-01-22' },
        { number: 3, date: '2020-01-08' },
      ]),
    ).toEqual({
      number: 13,
      date: '2020-01-29',
    });
  });

  // Regression (issue 12, item 4): #1 published this Wednesday, then the archive imported: the
  // draft became #135 dated this same Wednesday.
  it('is never dated on or before any archived issue, even a low-numbered newest one', () => {
    const archive = [
      { number: 134, date: '2021-07-14' },
      { number: 1, date: '2026-12-02' },
    ];
    expect(nextIssue(archive, 3, '2026-12-02')).toEqual({ number: 135, date: '2026-12-09' });
    expect(nextIssue(archive)).toEqual({ number: 135, date: '2026-12-09' });
  });

  it('has no next place past the highest number or date the issue rules allow', () => {
    expect(nextIssue([{ number: 9_999_999, date: '2021-07-14' }])).toBeUndefined();
    expect(nextIssue([{ number: 5, date: '2999-12-31' }])).toBeUndefined();
  });

  it('has nothing to say for an empty archive or an unreadable date', () => {
    expect(nextIssue([])).toBeUndefined();
    expect(nextIssue([{ number: 2, date: '2020-02-30' }])).toBeUndefined();
  });
});

describe('isBlankDraft', () => {
  it('is a draft without items, headline or intro (whitespace does not count)', () => {
    expect(isBlankDraft({ headline: '', intro: ' \n' }, 0)).toBe(true);
    expect(isBlankDraft({ headline: 'Hi', intro: '' }, 0)).toBe(false);
    expect(isBlankDraft({ headline: '', intro: 'Hello' }, 0)).toBe(false);
    expect(isBlankDraft({ headline: '', intro: '' }, 1)).toBe(false);
  });
});

describe('clashSuggestion', () => {
  const archive = [
    { number: 116, date: '2021-02-24' },
    { number: 117, date: '2021-03-03' },
  ];
  it('offers the place after the archive when the draft number is taken', () => {
    expect(clashSuggestion(117, archive)).toEqual({ number: 118, date: '2021-03-10' });
  });
  it('offers nothing when the number is free', () => {
    expect(clashSuggestion(118, archive)).toBeUndefined();
    expect(clashSuggestion(1, [])).toBeUndefined();
  });
});

describe('nextIssue with today', () => {
  const refs = [{ number: 134, date: '2021-07-14' }];
  it('never proposes a date in the past for an archive that stopped long ago', () => {
    expect(nextIssue(refs, 3, '2026-11-24')).toEqual({ number: 135, date: '2026-11-25' });
    expect(nextIssue(refs, 3, '2026-11-25')).toEqual({ number: 135, date: '2026-11-25' }); // today is issue day
  });
  it('keeps the cadence when the archive is current', () => {
    expect(nextIssue(refs, 3, '2021-07-15')).toEqual({ number: 135, date: '2021-07-21' });
    expect(nextIssue(refs, 3, '2021-07-14')).toEqual({ number: 135, date: '2021-07-21' });
  });
});
