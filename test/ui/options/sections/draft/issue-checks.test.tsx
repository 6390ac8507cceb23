// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { IssueChecks } from '../../../../../options/sections/draft/IssueChecks';
import type { Issue } from '../../../../../src/core/issue';
import { checkIssue, issueCheckText } from '../../../../../src/core/issue-checks';
import { type CountNote, countIssue, countNoteText } from '../../../../../src/core/issue-counts';
import { exportProblemText } from '../../../../../src/text/export-problem-text';
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
  it('words every check and note through the translations, as core words them in English', () => {
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
    expect(shown).toEqual([
      ...checks.map((c) => (c.code === 'exportBlocked' ? `Blocks the export: ${exportProblemText(c.problem)}` : issueCheckText(c))),
      ...notes.map(countNoteText),
    ]);
    expect(shown.slice(-4)).toEqual([
      '1 item: fewer than your usual 5–8.',
      '12 items: more than your usual 5–8.',
      "Item 2's blurb has 1 word; yours usually have 20–60.",
      "Item 3's blurb has 400 words; yours usually have 20–60.",
    ]);
  });
});
