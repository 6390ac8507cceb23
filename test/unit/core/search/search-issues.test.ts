import { describe, expect, it } from 'vitest';
import { itemMatcher, matchedFields, type SearchableIssue, type Segment, searchIssues } from '../../../../src/core/search';

let ids = 0;
const issue = (
  number: number,
  date: string,
  items: Array<[title: string, url: string, commentary: string]>,
  status: SearchableIssue['status'] = 'published',
): SearchableIssue => ({
  id: `issue-${number}`,
  number,
  date,
  status,
  headline: `Issue ${number}`,
  // Stored positions need not be dense: the item's place is its rank by position.
  items: items.map(([title, url, commentary], i) => ({ id: `item-${++ids}`, position: i * 10, title, url, commentary })),
});

const ISSUES = [
  issue(10, '2021-01-06', [
    ['Securing pods', 'https://example.com/pods', 'How to lock down a cluster.'],
    ['Helm charts explained', 'https://helm.sh/docs/intro', 'A tour of Helm for beginners; the Crème de la crème.'],
  ]),
  issue(11, '2021-01-13', [
    ['Operators', 'https://operatorhub.io/', 'Security for operators, and pod policies.'],
    ['Service mesh in practice', 'https://www.mesh.example.org/service-mesh', 'Istio or Linkerd? A service, a mesh and a comparison.'],
  ]),
  issue(12, '2021-01-20', [['Notes', 'https://security.example.net/notes', 'Nothing here.']], 'draft'),
];
/** What storage hands search: issues highest number first (`newestIssues`). */
const newestFirst = (issues: readonly SearchableIssue[]) => [...issues].sort((a, b) => b.number - a.number);
/** Every hit (at most `limit` highlighted) and the count, over `issues` read newest first. */
function searchItems(issues: readonly SearchableIssue[], query: string, limit = 100) {
  const matcher = itemMatcher(query);
  if (!matcher) return { total: 0, hits: [] };
  const { hits, matches } = searchIssues(newestFirst(issues), matcher, limit);
  return { total: matches, hits };
}
const where = (query: string) => searchItems(ISSUES, query).hits.map(({ ref }) => `${ref.status === 'draft' ? 'draft' : '#'}${ref.issueNumber}/${ref.ordinal}`);
const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text);
const text = (segments: Segment[]) => segments.map((s) => s.text).join('');

describe('searchIssues', () => {
  it('finds every word of the query as the start of some word of the title, blurb or URL', () => {
    expect(where('helm')).toEqual(['#10/2']);
    expect(where('begin')).toEqual(['#10/2']);
    expect(where('operatorhub')).toEqual(['#11/1']);
    expect(where('helm beginners')).toEqual(['#10/2']);
    expect(where('helm istio')).toEqual([]);
    expect(where('elm')).toEqual([]);
  });

  it('ignores case and accents on both sides', () => {
    expect(where('CREME')).toEqual(['#10/2']);
    expect(where('crème')).toEqual(['#10/2']);
    expect(where('cre\u0300me')).toEqual(['#10/2']);
  });

  it("lists hits newest issue first and each issue's items in order, whichever field matched", () => {
    // "secur": the URL of the draft's item, the blurb of #11/1, the title of #10/1. "Did I link
    // this before?" is answered by the latest time first, and the marks show where it matched.
    expect(where('secur')).toEqual(['draft12/1', '#11/1', '#10/1']);
    expect(where('pod')).toEqual(['#11/1', '#10/1']);
    expect(where('for')).toEqual(['#11/1', '#10/2']);
    expect(searchItems(ISSUES, 'secur').hits.map((hit) => hit.fields)).toEqual([['url'], ['blurb'], ['title']]);
  });

  it('searches the draft too, newest of all', () => {
    expect(searchItems(ISSUES, 'notes').hits[0]!.ref).toMatchObject({ status: 'draft', issueNumber: 12, ordinal: 1 });
  });

  it('matches a quoted phrase only as those whole words in a row', () => {
    expect(where('"service mesh"')).toEqual(['#11/2']);
    expect(where('"mesh service"')).toEqual([]);
    expect(where('"servic mesh"')).toEqual([]);
    expect(where('"de la" helm')).toEqual(['#10/2']);
  });

  it('highlights matched prefixes and phrases as segments, in the text as written', () => {
    const [helm] = searchItems(ISSUES, 'crem').hits;
    expect(marked(helm!.snippet)).toEqual(['Crèm', 'crèm']);
    expect(text(helm!.snippet)).toBe('A tour of Helm for beginners; the Crème de la crème.');
    const [mesh] = searchItems(ISSUES, '"service mesh"').hits;
    expect(marked(mesh!.title)).toEqual(['Service mesh']);
    expect(marked(mesh!.url)).toEqual(['service-mesh']);
    expect(mesh!.fields).toEqual(['title', 'url']);
  });

  it('does not highlight the scheme or www of a URL, which are not searched', () => {
    expect(where('https')).toEqual([]);
    expect(where('www')).toEqual([]);
  });

  it('counts every hit but works out highlights only for the first `room`', () => {
    const outcome = searchItems(ISSUES, 'for', 1);
    expect(outcome.total).toBe(2);
    expect(outcome.hits).toHaveLength(1);
  });

  it('finds nothing for an empty query, or one of punctuation and emoji only', () => {
    expect(itemMatcher('   ')).toBeNull();
    expect(itemMatcher('🎉 ?!')).toBeNull();
  });

  it('shows a window of a long blurb around its first match, cut at spaces, with ellipses', () => {
    const long = `${'lorem ipsum '.repeat(30)}the needle word ${'dolor sit '.repeat(30)}`.trim();
    const { snippet } = searchItems([issue(1, '2020-01-01', [['Long', 'https://x.example/', long]])], 'needle').hits[0]!;
    expect(snippet[0]).toEqual({ text: '…', match: false });
    expect(snippet.at(-1)).toEqual({ text: '…', match: false });
    expect(marked(snippet)).toEqual(['needle']);
    const shown = text(snippet.slice(1, -1));
    expect(shown.length).toBeLessThanOrEqual(200);
    expect(shown).toMatch(/^(lorem|ipsum) .* (dolor|sit)$/);
  });

  it('shows the part of a long blurb with the query words the title lacks', () => {
    const long = `Alpha is here. ${'filler words '.repeat(25)}and at the very end, omega.`;
    const { snippet } = searchItems([issue(1, '2020-01-01', [['Alpha release', 'https://x.example/', long]])], 'alpha omega').hits[0]!;
    expect(marked(snippet)).toEqual(['omega']);
    expect(snippet[0]).toEqual({ text: '…', match: false });
  });

  it('counts over an archive ten times the real one', () => {
    const many = Array.from({ length: 1330 }, (_, n) =>
      issue(n + 1, `2020-01-${String((n % 28) + 1).padStart(2, '0')}`, [
        [`Title ${n}`, `https://site${n % 40}.example/post/${n}`, `Blurb number ${n} about kubernetes`],
        ['Tweet of the week', `https://twitter.com/x/status/${n}`, ''],
      ]),
    );
    expect(searchItems(many, 'kubernetes').total).toBe(1330);
    expect(searchItems(many, 'site7 kube').total).toBe(34);
  });
});

describe('matchedFields', () => {
  const fields = (title: string, query: string, commentary = '', url = 'https://x.example/') => matchedFields({ title, url, commentary }, itemMatcher(query)!);

  it('names every field that holds some part of the query, and none when a part is missing', () => {
    expect(fields('Helm charts', 'helm chart', 'All about helm.')).toEqual(['title', 'blurb']);
    expect(fields('Helm charts', 'helm istio', 'All about helm.')).toEqual([]);
    expect(fields('Charts', 'example')).toEqual(['url']);
  });

  it('finds a word only as the start of a word, though the text holds it inside one', () => {
    // The whole text holds "elm" (in "Helm"): the quick test passes, the word test decides.
    expect(fields('Helm charts', 'elm')).toEqual([]);
    expect(fields('Helmsman', '"helm"')).toEqual([]);
  });

  it('finds a Greek word ending in sigma however Σ lowercases in its text', () => {
    // Lowercased alone, ΟΔΟΣ ends in ς; in the whole text the apostrophe and Α after it make it σ.
    expect(fields("ΟΔΟΣ'Α", 'οδος')).toEqual(['title']);
    expect(fields("ΟΔΟΣ'Α", 'ΟΔΟΣ')).toEqual(['title']);
    expect(fields('ΟΔΟΣ', 'οδοσ')).toEqual(['title']);
  });
});
