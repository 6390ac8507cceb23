import { afterEach, describe, expect, it } from 'vitest';
import { checkText, noteText, shortTitle } from '../../../../../options/sections/draft/issue-check-text';
import type { Issue } from '../../../../../src/core/issue';
import { checkIssue } from '../../../../../src/core/issue-checks';
import type { CountNote } from '../../../../../src/core/issue-counts';
import { speakEnglish, speakGerman } from '../../../german';

afterEach(speakEnglish);

const base: Issue = { number: 5, date: '2021-01-06', headline: 'Headline 🔊', intro: 'Intro', items: [] };
const item = (title: string, url: string, commentary = 'A blurb. 🔊') => ({ title, url, commentary });

describe('checkText', () => {
  it('names the item an unsafe link blocks', () => {
    const [check] = checkIssue({ ...base, items: [item('Click me', 'javascript:alert(1)')] });
    expect(checkText(check!)).toContain('Click me');
  });

  it('words an empty blurb and a missing headline', () => {
    const checks = checkIssue({ ...base, headline: ' ', items: [item('A', 'https://example.test/a', '  ')] });
    expect(checks.map(checkText)).toEqual(['The issue has no headline.', 'Item 1 (“A”) has no blurb.']);
  });

  it('words the same page linked twice', () => {
    const checks = checkIssue({ ...base, items: [item('A', 'https://www.example.test/post/'), item('B', 'http://example.test/post?utm_source=x')] });
    expect(checks.map(checkText)).toEqual(['Item 2 (“B”) links to the same page as item 1.']);
  });

  it('lists the earlier issues a link was featured in', () => {
    const earlier = () => [
      { number: 93, date: '2020-12-02' },
      { number: 101, date: '2021-02-03' },
    ];
    const checks = checkIssue({ ...base, items: [item('Old', 'https://example.test/old')] }, earlier);
    expect(checks.map(checkText)).toEqual(['Item 1 (“Old”) was featured in #93 (2020-12-02), #101 (2021-02-03).']);
  });

  it('says what the clean title would be', () => {
    const [check] = checkIssue({
      ...base,
      items: [item('GitHub - kubernetes/kubernetes: Production-Grade Container Orchestration', 'https://github.com/kubernetes/kubernetes')],
    });
    expect(checkText(check!)).toContain('cleaned, it reads “kubernetes/kubernetes: Production-Grade Container Orchestration”');
  });

  it('words a title that is only the site name', () => {
    const [check] = checkIssue({ ...base, items: [item('GitHub', 'https://github.com/kubernetes-sigs/kueue')] });
    expect(checkText(check!)).toBe('Item 1 (“GitHub”) is titled with only the site’s name; give it the page’s own title.');
  });

  it('shortens a long title to name the item', () => {
    expect(shortTitle('x'.repeat(60))).toBe('x'.repeat(60));
    expect(shortTitle('x'.repeat(61))).toBe(`${'x'.repeat(57)}…`);
    const [check] = checkIssue({ ...base, items: [item(`A title long enough to be shortened: ${'x'.repeat(80)}`, 'https://a.test/', '')] });
    expect(checkText(check!)).toBe(`Item 1 (“A title long enough to be shortened: ${'x'.repeat(20)}…”) has no blurb.`);
  });

  it('words a section over its limit, in English and German', () => {
    const [check] = checkIssue(
      { ...base, items: [1, 2, 3].map((n) => ({ ...item(`T${n}`, `https://example.test/${n}`), section: 'Jobs' })) },
      undefined,
      undefined,
      [{ name: 'Jobs', limit: 2 }],
    );
    expect(checkText(check!)).toBe('Section “Jobs” has 3 items, more than its limit of 2.');
    speakGerman();
    expect(checkText(check!)).toBe('Die Rubrik „Jobs“ hat 3 Einträge, mehr als ihre Grenze von 2.');
  });

  it('speaks German', () => {
    speakGerman();
    const checks = checkIssue({ ...base, headline: ' ', items: [item('A', 'https://example.test/a', '  ')] });
    expect(checks.map(checkText)).toEqual(['Die Ausgabe hat keine Überschrift.', 'Eintrag 1 („A“) hat keinen Kurztext.']);
  });
});

describe('noteText', () => {
  it('words each count far from the usual, in the plural each number needs', () => {
    const notes: CountNote[] = [
      { code: 'fewerItems', items: 2, low: 5, high: 8 },
      { code: 'moreItems', items: 12, low: 5, high: 8 },
      { code: 'blurbLength', item: 1, words: 400, low: 20, high: 60 },
      { code: 'blurbLength', item: 2, words: 1, low: 20, high: 60 },
    ];
    expect(notes.map(noteText)).toEqual([
      '2 items: fewer than your usual 5–8.',
      '12 items: more than your usual 5–8.',
      "Item 1's blurb has 400 words; yours usually have 20–60.",
      "Item 2's blurb has 1 word; yours usually have 20–60.",
    ]);
  });
});
