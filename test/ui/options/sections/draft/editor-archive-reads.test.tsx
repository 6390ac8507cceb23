// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../../options/App';
import { composeStores } from '../../../../../options/compose-stores';
import { StoresContext } from '../../../../../options/use-stores';
import { type CuratorDatabase, createConnection, loadDraft } from '../../../../../src/storage';
import { countReads, type ReadCounter } from '../../../../fixtures/idb-read-counter';
import { seedLargeArchive } from '../../../../fixtures/large-archive';

let count = 0;
let counter: ReadCounter | undefined;
afterEach(() => {
  counter?.stop();
  cleanup();
  vi.unstubAllGlobals();
});

/** The editor page's stores as main.tsx composes them, on an archive of `issues` issues of 3 items, the draft already made. */
async function editorOn(issues: number) {
  const connection = createConnection({}, `editor-archive-reads-${++count}`);
  const stores = composeStores(connection, { requestAccess: async () => false, checkLink: () => new Promise(() => {}) });
  await connection.run(async (db: CuratorDatabase) => {
    await seedLargeArchive(db, { issues, itemsPerIssue: 3 });
    await loadDraft(db);
  });
  return stores;
}

/** Records read from `issues` and `items` while `use` runs. */
async function recordsRead(use: () => Promise<unknown>) {
  counter = countReads();
  await use();
  counter.stop();
  return { issues: counter.recordsOf('issues'), items: counter.recordsOf('items') };
}

// Guards the editor's time to ready (issue 14): it read every published issue for the number check
// and every issue and item of the archive for the habits.
describe('what the editor reads of a growing archive', () => {
  it('opens the draft and checks its number reading the same few records at 60 and at 600 issues', async () => {
    const reads = async (issues: number) => {
      const { editor } = await editorOn(issues);
      return recordsRead(() => editor.load());
    };
    const small = await reads(60);
    const large = await reads(600);
    expect(large).toEqual(small);
    expect(large.issues).toBeLessThanOrEqual(3);
  });

  it('takes the curator’s habits from the latest issues only', async () => {
    const reads = async (issues: number) => {
      const { editor, desk } = await editorOn(issues);
      await editor.load();
      const read = await recordsRead(() => desk.loadHabits());
      expect(desk.store.get().habits).toEqual({ itemsPerIssue: { low: 3, high: 3 }, wordsPerBlurb: { low: 2, high: 2 } });
      return read;
    };
    const small = await reads(60);
    const large = await reads(300);
    expect(large).toEqual(small);
    expect(large.items).toBe(52 * 3);
  });

  it('starts reading the habits and the collected links only once the draft is shown, when the page is idle', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const runIdle = () => {
      for (const callback of idle.splice(0)) callback();
    };
    history.replaceState(null, '', '#draft');
    const stores = await editorOn(10);
    const habits = vi.spyOn(stores.desk, 'loadHabits');
    render(
      <StoresContext.Provider value={stores}>
        <App />
      </StoresContext.Provider>,
    );
    await screen.findByText('Opening the draft…');
    runIdle();
    expect(habits).not.toHaveBeenCalled();

    void stores.editor.load();
    await screen.findByRole('heading', { name: /Items/ });
    // Effects run after the frame is painted: poll until the idle callback has been asked for.
    // One for the habits, one for the collected links' column.
    await waitFor(() => expect(idle).toHaveLength(2));
    expect(screen.queryByRole('heading', { name: /Collected links/ })).toBeNull();
    runIdle();
    expect(habits).toHaveBeenCalledTimes(1);
    await screen.findByRole('heading', { name: /Collected links/ });
  });
});
