// Search over the real published archive: the words a curator would remember an item by.
import { expect, it } from 'vitest';
import { parseIssue } from '../../../../src/core/kubelist';
import { itemMatcher, type SearchableIssue, searchIssues } from '../../../../src/core/search';
import { describeWithArchive, readArchive } from '../../../fixtures/archive';

describeWithArchive('searching the Kubelist archive', () => {
  const issues: SearchableIssue[] = [...readArchive().values()].map((text) => {
    const { number, date, headline, items } = parseIssue(text).issue;
    return {
      id: `issue-${number}`,
      number,
      date,
      headline,
      status: 'published',
      items: items.map((item, position) => ({ ...item, id: `${number}/${position}`, position })),
    };
  });
  // As storage hands them over: highest number first.
  const newestFirst = [...issues].sort((a, b) => b.number - a.number);
  const searchItems = (query: string) => {
    const { hits, matches } = searchIssues(newestFirst, itemMatcher(query)!, 100);
    return { total: matches, hits };
  };

  it('reads all 886 items, and finds the newest first: k3s.io in #134 before #54', () => {
    expect(newestFirst.reduce((n, issue) => n + issue.items.length, 0)).toBe(886);
    expect(searchItems('k3s').hits[0]!.ref).toMatchObject({ issueNumber: 134, ordinal: 1 });
  });

  it('finds #8 item 3 by "neodymium", a word only its blurb has (the e2e test searches it too)', () => {
    const { total, hits } = searchItems('Neodymium');
    expect(total).toBe(1);
    expect(hits[0]!.ref).toMatchObject({ issueNumber: 8, date: '2018-04-05', ordinal: 3 });
    expect(hits[0]!.fields).toEqual(['blurb']);
    expect(hits[0]!.title.map((s) => s.text).join('')).toBe('Comparing Kubernetes Authentication Methods');
    expect(hits[0]!.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['neodymium']);
  });

  it('lists "backstage" newest issue first, with the titles of #117 among the hits', () => {
    const { hits } = searchItems('backstage');
    const numbers = hits.map((hit) => hit.ref.issueNumber);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(hits.filter((hit) => hit.ref.issueNumber === 117 && hit.fields[0] === 'title').length).toBeGreaterThanOrEqual(4);
  });

  it('finds k3s.io, featured twice, in both its issues by the URL', () => {
    const numbers = searchItems('k3s')
      .hits.filter((hit) => hit.fields.includes('url'))
      .map((hit) => hit.ref.issueNumber);
    expect(numbers).toEqual(expect.arrayContaining([54, 134]));
  });
});
