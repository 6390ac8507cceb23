// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SearchView } from '../../../../../options/sections/search/SearchView';
import { createSearchStore } from '../../../../../options/sections/search/search-store';
import { parseIssue } from '../../../../../src/core/kubelist';
import { addItem, importIssues, newestIssues, openCuratorDb } from '../../../../../src/storage';
import { archiveText, describeWithArchive } from '../../../../fixtures/archive';

let dbCount = 0;
async function renderSearch(query = '') {
  const db = await openCuratorDb(`search-view-${++dbCount}`);
  await importIssues(db, { entries: [8, 117, 134].map((n) => ({ issue: parseIssue(archiveText(n)).issue, onConflict: 'skip' as const })) });
  const hostile = await addItem(db, {
    title: '<img src=x onerror="window.pwned=1"> Neodymium magnets',
    url: 'https://magnets.example/',
    commentary: 'Strong ones.',
  });
  const search = createSearchStore({ newestIssues: (below, limit) => newestIssues(db, below, limit) });
  render(<SearchView search={search} query={query} />);
  return { search, hostile };
}
const box = () => screen.getByRole('searchbox', { name: 'Search the archive and the draft' });
const type = (text: string) => fireEvent.input(box(), { target: { value: text } });
const results = () => within(screen.getByRole('list', { name: 'Search results' })).getAllByRole('listitem');

beforeEach(() => history.replaceState(null, '', '#search'));
afterEach(cleanup);

describeWithArchive('the search view', () => {
  it('finds an archived item by a word of its blurb and links to the issue at that item', async () => {
    await renderSearch();
    expect(document.activeElement).toBe(box());
    type('authentication neodym');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 result'));
    const [hit] = results();
    const link = within(hit!).getByRole('link', { name: 'Comparing Kubernetes Authentication Methods' });
    expect(link.getAttribute('href')).toBe('#archive/8/3');
    expect(hit!.textContent).toContain('Issue #8 · 2018-04-05 · item 3');
    expect(link.querySelector('mark')!.textContent).toBe('Authentication');
    expect([...hit!.querySelectorAll('.hit-snippet mark')].map((mark) => mark.textContent)).toContain('neodym');
  });

  it('keeps the query in the address, replacing the entry rather than adding one per keystroke', async () => {
    await renderSearch();
    const before = history.length;
    type('service owners');
    type('"service owners"');
    expect(location.hash).toBe(`#search?q=${encodeURIComponent('"service owners"')}`);
    expect(history.length).toBe(before);
  });

  it('runs the query it was opened with (after a reload, or back from a result)', async () => {
    await renderSearch('backstage spotify');
    expect((box() as HTMLInputElement).value).toBe('backstage spotify');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^\d+ results$/));
    expect(results()[0]!.querySelector('a')!.getAttribute('href')).toMatch(/^#archive\/117\/\d$/);
  });

  it('finds the draft too, linking to its card, and shows titles as text, never as markup', async () => {
    const { hostile } = await renderSearch();
    type('NÉODYMIUM');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 results'));
    const draftHit = results().find((hit) => hit.textContent!.includes('Draft #'))!;
    expect(draftHit.querySelector('a')!.getAttribute('href')).toBe(`#draft/${hostile.id}`);
    expect(draftHit.querySelector('img')).toBeNull();
    expect(draftHit.querySelector('a')!.textContent).toBe('<img src=x onerror="window.pwned=1"> Neodymium magnets');
    // The draft is the newest issue: its hit comes first.
    expect(results()[0]).toBe(draftHit);
  });

  it('says "No results" when nothing matches, and nothing for an empty box', async () => {
    await renderSearch();
    type('zzyzx');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No results'));
    expect(screen.queryByRole('list', { name: 'Search results' })).toBeNull();
    type('   ');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('lists the first 50 hits and the rest on request', async () => {
    const items = Array.from({ length: 120 }, (_, i) => ({
      id: `i${i}`,
      position: i,
      title: `Post ${i}`,
      url: `https://x.example/${i}`,
      commentary: 'About kubernetes.',
    }));
    const issues = [{ id: 'a', number: 1, date: '2021-01-06', status: 'published' as const, headline: '', items }];
    const search = createSearchStore({ newestIssues: async (below) => (below === null ? issues : []) });
    render(<SearchView search={search} query="kube" />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('120 results'));
    expect(results()).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Show more (50 of 120 shown)' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Show more (100 of 120 shown)' }));
    await waitFor(() => expect(results()).toHaveLength(120));
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
  });
});

/** The section's root, which the benchmark's probe reads. */
const view = () => document.querySelector('main[data-view="search"]')!;

it('is busy from a keystroke until the first screen of hits is shown, then says how many so far', async () => {
  const items = Array.from({ length: 3 }, (_, i) => ({
    id: `i${i}`,
    position: i,
    title: `Post ${i}`,
    url: `https://x.example/${i}`,
    commentary: 'About kubernetes.',
  }));
  const issues = Array.from({ length: 40 }, (_, n) => ({
    id: `issue-${n}`,
    number: 40 - n,
    date: '2021-01-06',
    status: 'published' as const,
    headline: '',
    items: items.map((item) => ({ ...item, id: `${n}-${item.id}` })),
  }));
  // Each read waits for the test: the view is seen between two of them.
  const waiting: (() => void)[] = [];
  const newestIssues = (below: number | null, limit: number) =>
    new Promise<typeof issues>((resolve) => waiting.push(() => resolve(issues.filter((issue) => below === null || issue.number < below).slice(0, limit))));
  const search = createSearchStore({ newestIssues });
  render(<SearchView search={search} query="" />);
  expect(view().getAttribute('aria-busy')).toBe('false');

  type('kube');
  expect(view().getAttribute('aria-busy')).toBe('true');
  expect(screen.getByRole('status').textContent).toBe('Reading the archive…');
  await waitFor(() => expect(waiting).toHaveLength(1));
  waiting.shift()!();
  // Eight issues, 24 hits: shown, but not yet a screen of 50.
  await waitFor(() => expect(results()).toHaveLength(24));
  expect(view().getAttribute('aria-busy')).toBe('true');
  await waitFor(() => expect(waiting).toHaveLength(1));
  waiting.shift()!();
  await waitFor(() => expect(view().getAttribute('aria-busy')).toBe('false'));
  expect(results()).toHaveLength(50);
  expect(screen.getByRole('status').textContent).toBe('72 results so far, still searching…');
  expect(screen.getByRole('button', { name: 'Show more (50 shown of 72 found so far)' })).toBeTruthy();

  // Another keystroke: busy again until its own hits are shown.
  type('kubex');
  expect(view().getAttribute('aria-busy')).toBe('true');
  const idle = () => view().getAttribute('aria-busy') === 'false';
  while (!idle()) {
    await waitFor(() => expect(waiting.length > 0 || idle()).toBe(true));
    for (const go of waiting.splice(0)) go();
  }
  expect(screen.getByRole('status').textContent).toBe('No results');
});

it('lets go of its hits when the view is left', async () => {
  const { search } = await renderSearch('neodymium');
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 results'));
  cleanup();
  expect(search.store.get()).toMatchObject({ query: '', hits: [], matches: 0 });
});
