// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { IssueChecks } from '../../../../../options/sections/draft/IssueChecks';
import type { Issue } from '../../../../../src/core/issue';
import { checkIssue } from '../../../../../src/core/issue-checks';
import { type CountNote, countIssue } from '../../../../../src/core/issue-counts';
import '../../../../fakes/browser';

const issue: Issue = {
  number: 5,
  date: '2021-01-06',
  headline: ' ',
  intro: 'Weâ€™re back',
  items: [
    { title: 'Click me', url: 'javascript:alert(1)', commentary: 'A blurb. 🔊' },
    { title: 'GitHub - kubernetes/kubernetes: Production-Grade Container Orchestration', url: 'https://github.com/kubernetes/kubernetes', commentary: '' },
    { title: 'Again', url: 'https://www.github.com/kubernetes/kubernetes/', commentary: 'Itâ€™s good' },
    { title: 'GitHub', url: 'https://github.com/kubernetes-sigs/kueue', commentary: 'A blurb. 🔊' },
  ],
};
const earlier = (url: string) => (url.includes('kubernetes') ? [{ number: 93, date: '2020-12-02' }] : []);
const notes: CountNote[] = [
  { code: 'fewerItems', items: 1, low: 5, high: 8 },
  { code: 'moreItems', items: 12, low: 5, high: 8 },
  { code: 'blurbLength', item: 2, words: 1, low: 20, high: 60 },
  { code: 'blurbLength', item: 3, words: 400, low: 20, high: 60 },
];

afterEach(cleanup);

describe('IssueChecks', () => {
  it('words every check and note through the translations', () => {
    const checks = checkIssue(issue, earlier);
    // One of each kind, so a new code without a message shows up here.
    expect(new Set(checks.map((c) => c.code))).toEqual(
      new Set([
        'exportBlocked',
        'noHeadline',
        'garbledIssueText',
        'emptyBlurb',
        'sameLinkAs',
        'featuredBefore',
        'siteNameLeft',
        'titleOnlySiteName',
        'garbledItem',
      ]),
    );
    render(<IssueChecks checks={checks} counts={{ ...countIssue(issue, null), notes }} />);
    const shown = within(screen.getByRole('list', { name: 'Problems found' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(shown.slice(0, -4)).toEqual([
      'Blocks the export: Item 1 “Click me”: its URL uses the javascript: scheme; only http: and https: links can be exported.',
      'The issue has no headline.',
      'The headline or intro has garbled characters (like â€™): text decoded with the wrong encoding.',
      'Item 2 (“GitHub - kubernetes/kubernetes: Production-Grade Containe…”) has no blurb.',
      'Item 2 (“GitHub - kubernetes/kubernetes: Production-Grade Containe…”) was featured in #93 (2020-12-02).',
      "Item 2 (“GitHub - kubernetes/kubernetes: Production-Grade Containe…”) may still carry the site's name; cleaned, it reads “kubernetes/kubernetes: Production-Grade Container Orchestration”.",
      'Item 3 (“Again”) links to the same page as item 2.',
      'Item 3 (“Again”) was featured in #93 (2020-12-02).',
      'Item 3 (“Again”) has garbled characters (like â€™): text decoded with the wrong encoding.',
      'Item 4 (“GitHub”) was featured in #93 (2020-12-02).',
      'Item 4 (“GitHub”) is titled with only the site’s name; give it the page’s own title.',
    ]);
    expect(shown.slice(-4)).toEqual([
      '1 item: fewer than your usual 5–8.',
      '12 items: more than your usual 5–8.',
      "Item 2's blurb has 1 word; yours usually have 20–60.",
      "Item 3's blurb has 400 words; yours usually have 20–60.",
    ]);
  });

  it('links each check about an item to that item, and leaves the others as text', () => {
    const shown: number[] = [];
    const checks = checkIssue(issue, earlier);
    render(<IssueChecks checks={checks} counts={{ ...countIssue(issue, null), notes }} itemIds={['a', 'b', 'c', 'd']} onShowItem={(n) => shown.push(n)} />);
    const list = within(screen.getByRole('list', { name: 'Problems found' }));
    const link = list.getByRole('link', { name: 'Item 3 (“Again”) links to the same page as item 2.' });
    expect(link.getAttribute('href')).toBe('#draft/c');
    fireEvent.click(link);
    expect(shown).toEqual([3]);
    fireEvent.click(list.getByRole('link', { name: "Item 2's blurb has 1 word; yours usually have 20–60." }));
    expect(shown).toEqual([3, 2]);
    // The issue's own checks and the count notes name no item: no link.
    expect(list.queryByRole('link', { name: 'The issue has no headline.' })).toBeNull();
    expect(list.queryByRole('link', { name: '1 item: fewer than your usual 5–8.' })).toBeNull();
    expect(list.getAllByRole('link')).toHaveLength(checks.filter((c) => c.item !== null).length + 2);
  });
});
