// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../options/App';
import { archiveSectionStores } from '../../../options/archive-section-stores';
import { composeStores } from '../../../options/compose-stores';
import { StoresContext } from '../../../options/use-stores';
import { type CuratorDatabase, createConnection, listArchive } from '../../../src/storage';
import { syntheticIssue } from '../../fixtures/synthetic-issues';

let count = 0;

/** The editor page as main.tsx wires it, on a database of its own, opened at `hash`. */
function renderEditor(hash: string) {
  history.replaceState(null, '', hash);
  const connection = createConnection({}, `compose-stores-${++count}`);
  const stores = composeStores(connection, { requestAccess: async () => false, checkLink: () => new Promise(() => {}) });
  render(
    <StoresContext.Provider value={stores}>
      <App />
    </StoresContext.Provider>,
  );
  return { connection, stores };
}

const go = (hash: string) => {
  history.replaceState(null, '', hash);
  dispatchEvent(new HashChangeEvent('hashchange'));
};

/** The two ways a browser takes a page's connection away. */
const closings: [string, (db: CuratorDatabase) => void][] = [
  // Storage cleared or the disk gone: the connection gets a `close` event.
  ['the browser terminates it', (db) => forceCloseDatabase(unwrap(db) as never)],
  // Closed with no event at all: the next transaction on it throws InvalidStateError.
  ['it is closed without an event', (db) => db.close()],
];

afterEach(cleanup);

describe('the editor page’s wiring', () => {
  // Regression (issue 13 §3): the archive sections kept the database as first opened, so once the
  // browser closed it, import and search failed until the tab was reloaded.
  it.each(closings)('imports and searches through the page’s connection after %s', async (_, close) => {
    const { connection } = renderEditor('#import');
    await screen.findByLabelText('Paste markdown'); // the archive sections' chunk has loaded
    close(await connection.run(async (db) => db));

    fireEvent.input(screen.getByLabelText('Paste markdown'), { target: { value: syntheticIssue(1) } });
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm import' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Imported 1 issue \(4 items\)\./));
    expect((await connection.run(listArchive)).map((summary) => summary.number)).toEqual([1]);

    close(await connection.run(async (db) => db));
    go('#search?q=spare%20laptops');
    const results = await screen.findByRole('list', { name: 'Search results' });
    await waitFor(() => expect(within(results).getAllByRole('link', { name: 'Running a cluster on three spare laptops' })).toHaveLength(1));
  });

  it('keeps the archive sections’ stores, composed once by the page’s root, while the curator switches sections', async () => {
    const { stores } = renderEditor('#import');
    fireEvent.input(await screen.findByLabelText('Paste markdown'), { target: { value: syntheticIssue(1) } });
    expect(stores.lazy(archiveSectionStores).importer.store.get().pasted).toBe(syntheticIssue(1));
    go('#backup');
    await screen.findByRole('button', { name: 'Restore from file' });
    go('#import');
    await waitFor(() => expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Paste markdown' }).value).toBe(syntheticIssue(1)));
    expect(screen.getByRole('row', { name: /Pasted text/ })).toBeTruthy();
    const composed = vi.fn(() => ({}));
    expect(stores.lazy(composed)).toBe(stores.lazy(composed));
    expect(composed).toHaveBeenCalledTimes(1);
  });
});
