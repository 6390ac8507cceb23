// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { composeStores } from '../../../../../options/compose-stores';
import { CollectedView } from '../../../../../options/sections/collected/CollectedSection';
import { collectedSectionStore } from '../../../../../options/sections/collected/collected-section-store';
import { SearchResult } from '../../../../../options/sections/search/SearchResult';
import { type CuratorDatabase, createConnection, loadDraft, saveForLater } from '../../../../../src/storage';

let count = 0;
afterEach(cleanup);
const DAY = 86_400_000;

/** The Collected section as the editor page composes it, on a pool seeded by `seed`. */
async function collectedOn(seed: (db: CuratorDatabase) => Promise<void>) {
  const connection = createConnection({}, `collected-view-${++count}`);
  const stores = composeStores(connection, { requestAccess: async () => false, checkLink: () => new Promise(() => {}) });
  await connection.run(seed);
  const run = <T,>(work: (db: CuratorDatabase) => Promise<T>) => connection.run(work);
  render(<CollectedView collected={stores.lazy(collectedSectionStore)} />);
  return { run };
}

const shownTitles = () =>
  within(screen.getByRole('list', { name: 'Collected links' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('a')!.textContent);
const link = (n: number) => ({ title: `Link ${n}`, url: `https://www.site${n}.example/post`, commentary: `Blurb ${n} 🔊` });

describe('the Collected section', () => {
  it('lists the pool newest first with site, day and blurb; adds a link to the issue and discards one with Undo', async () => {
    const now = Date.now();
    const { run } = await collectedOn(async (db) => {
      await saveForLater(db, link(1), now - 2 * DAY);
      await saveForLater(db, link(2), now - DAY);
      await saveForLater(db, { ...link(3), addedBy: 'Ana' }, now);
    });
    await waitFor(() => expect(shownTitles()).toEqual(['Link 3', 'Link 2', 'Link 1']));
    const first = screen.getAllByRole('listitem')[0]!;
    expect(first.textContent).toContain('site3.example · ');
    expect(first.textContent).toContain(' · by Ana');
    expect(first.textContent).toContain('Blurb 3 🔊');

    fireEvent.click(screen.getByRole('button', { name: 'Add “Link 2” to the issue' }));
    await waitFor(() => expect(shownTitles()).toEqual(['Link 3', 'Link 1']));
    expect(screen.getByRole('status').textContent).toContain('1 link added to the issue.');
    expect((await run(loadDraft)).items.map((item) => item.title)).toEqual(['Link 2']);

    fireEvent.click(screen.getByRole('button', { name: 'Discard “Link 3”' }));
    await waitFor(() => expect(shownTitles()).toEqual(['Link 1']));
    expect(screen.getByRole('status').textContent).toContain('1 link discarded.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(shownTitles()).toEqual(['Link 3', 'Link 1']));
  });

  it('adds or discards the links selected at once, and filters by words', async () => {
    await collectedOn(async (db) => {
      for (const n of [1, 2, 3, 4]) await saveForLater(db, { ...link(n), title: n % 2 ? `Kyverno ${n}` : `Etcd ${n}` }, 1_000 + n);
    });
    await waitFor(() => expect(shownTitles()).toEqual(['Etcd 4', 'Kyverno 3', 'Etcd 2', 'Kyverno 1']));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Filter' }), { target: { value: 'kyverno' } });
    await waitFor(() => expect(shownTitles()).toEqual(['Kyverno 3', 'Kyverno 1']));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all shown' }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard 2' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('2 links discarded.'));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Filter' }), { target: { value: '' } });
    await waitFor(() => expect(shownTitles()).toEqual(['Etcd 4', 'Etcd 2']));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “Etcd 2”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add 1 to the issue' }));
    await waitFor(() => expect(shownTitles()).toEqual(['Etcd 4']));
  });

  it('offers the links older than four weeks for clearing, never clears them by itself, and Undo brings them back', async () => {
    const now = Date.now();
    await collectedOn(async (db) => {
      await saveForLater(db, link(1), now - 40 * DAY);
      await saveForLater(db, link(2), now - 30 * DAY);
      await saveForLater(db, link(3), now - DAY);
    });
    await waitFor(() => expect(screen.getByText('2 links are older than 4 weeks.', { exact: false })).toBeTruthy());
    expect(shownTitles()).toEqual(['Link 3', 'Link 2', 'Link 1']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear them' }));
    await waitFor(() => expect(shownTitles()).toEqual(['Link 3']));
    expect(screen.queryByRole('button', { name: 'Clear them' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(shownTitles()).toEqual(['Link 3', 'Link 2', 'Link 1']));
  });

  it('shows a 1,000-link pool a page at a time', async () => {
    await collectedOn(async (db) => {
      const tx = db.transaction('items', 'readwrite');
      for (let n = 0; n < 1000; n++) {
        void tx.store.put({
          ...link(n),
          id: `p${n}`,
          issueId: '~pool',
          position: 0,
          note: '',
          addedAt: n + 1,
          updatedAt: n + 1,
          urlKey: `site${n}.example/post`,
        });
      }
      await tx.done;
    });
    await waitFor(() => expect(shownTitles()).toHaveLength(50));
    expect(shownTitles()[0]).toBe('Link 999');
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(shownTitles()).toHaveLength(100));
    expect(shownTitles()[99]).toBe('Link 900');
  });

  it('is empty with a word on how links get there', async () => {
    await collectedOn(async () => undefined);
    await waitFor(() => expect(screen.getByText('Nothing collected yet.', { exact: false })).toBeTruthy());
  });
});

describe('a search hit in the pool', () => {
  it('is marked as collected, not as an issue, and opens the Collected section', () => {
    const ref = { issueNumber: 0, date: '', status: 'collected' as const, itemId: 'x', ordinal: 1 };
    render(<SearchResult hit={{ ref, fields: ['title'], title: [{ text: 'Etcd tuning', match: true }], snippet: [], url: [] }} />);
    expect(screen.getByRole('link').getAttribute('href')).toBe('#collected');
    expect(screen.getByRole('listitem').textContent).toBe('Etcd tuningCollected, not in an issue yet');
  });
});
