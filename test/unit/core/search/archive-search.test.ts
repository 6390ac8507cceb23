// Search over the real published archive: the words a curator would remember an item by.
import { expect, it } from 'vitest';
import { parseIssue } from '../../../../src/core/kubelist';
import { buildSearchIndex, type SearchableIssue, searchItems } from '../../../../src/core/search';
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
  const index = buildSearchIndex(issues);

  it('indexes all 886 items, newest issue first', () => {
    expect(index.items).toHaveLength(886);
    expect(index.items[0]!.ref).toMatchObject({ issueNumber: 134, ordinal: 1 });
  });

  it('finds #8 item 3 by "neodymium", a word only its blurb has (the e2e test searches it too)', () => {
    const { total, hits } = searchItems(index, 'Neodymium');
    expect(total).toBe(1);
    expect(hits[0]!.ref).toMatchObject({ issueNumber: 8, date: '2018-04-05', ordinal: 3 });
    expect(hits[0]!.fields).toEqual(['blurb']);
    expect(hits[0]!.title.map((s) => s.text).join('')).toBe('Comparing Kubernetes Authentication Methods');
    expect(hits[0]!.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['neodymium']);
  });

  it('puts title hits first: "backstage" leads with the titles of #117', () => {
    const { hits } = searchItems(index, 'backstage');
    expect(hits[0]!.fields[0]).toBe('title');
    expect(hits.slice(0, 4).every((hit) => hit.ref.issueNumber === 117 && hit.fields[0] === 'title')).toBe(true);
  });

  it('finds k3s.io, featured twice, in both its issues by the URL', () => {
    const numbers = searchItems(index, 'k3s')
      .hits.filter((hit) => hit.fields.includes('url'))
      .map((hit) => hit.ref.issueNumber);
    expect(numbers).toEqual(expect.arrayContaining([54, 134]));
  });
});
