// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { composeStores } from '../../../../../options/compose-stores';
import { CollectedColumn } from '../../../../../options/sections/collected/CollectedColumn';
import { collectedSectionStore } from '../../../../../options/sections/collected/collected-section-store';
import { StoresContext } from '../../../../../options/use-stores';
import { type CuratorDatabase, createConnection, saveForLater } from '../../../../../src/storage';

let count = 0;
afterEach(cleanup);

/** The editor page's stores on a pool seeded by `seed`. */
async function storesOn(seed: (db: CuratorDatabase) => Promise<void>) {
  const connection = createConnection({}, `collected-column-${++count}`);
  const stores = composeStores(connection, { requestAccess: async () => false, checkLink: () => new Promise(() => {}) });
  await connection.run(seed);
  return stores;
}

const link = (title: string, n: number) => ({ title, url: `https://www.site${n}.example/post`, commentary: '' });

describe('the collected column beside the draft', () => {
  it('lists the newest links whatever was typed in the Collected section’s filter', async () => {
    const stores = await storesOn(async (db) => {
      await saveForLater(db, link('Kyverno policies', 1), 1_000);
      await saveForLater(db, link('Etcd tuning', 2), 2_000);
    });
    const section = stores.lazy(collectedSectionStore);
    section.setQuery('kyverno');
    await waitFor(() => expect(section.store.get().links.map((l) => l.title)).toEqual(['Kyverno policies']));

    render(
      <StoresContext.Provider value={stores}>
        <CollectedColumn />
      </StoresContext.Provider>,
    );
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: /Collected links/ }))
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual(['Etcd tuning', 'Kyverno policies']),
    );
    expect(screen.getByRole('heading', { name: 'Collected links (2)' })).toBeTruthy();
    expect(section.store.get().query).toBe('kyverno');
  });

  it('says the pool is empty without a count of nothing or a link to it', async () => {
    const stores = await storesOn(async () => undefined);
    render(
      <StoresContext.Provider value={stores}>
        <CollectedColumn />
      </StoresContext.Provider>,
    );
    await screen.findByText(/Nothing collected yet/);
    expect(screen.getByRole('heading').textContent?.trim()).toBe('Collected links');
    expect(screen.queryByRole('link', { name: /collected link/ })).toBeNull();
  });
});
