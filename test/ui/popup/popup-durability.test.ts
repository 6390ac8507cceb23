import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPopupStore } from '../../../popup/popup-store';
import { type ClipDraft, createConnection, loadClipDraft, openCuratorDb } from '../../../src/storage';
import { openTab } from '../../fakes/browser';
import { popupDeps, popupDepsOn } from '../../fakes/popup-deps';
import { until } from '../../fixtures/until-state';

let dbCount = 0;
const page = (title: string, url: string) => ({ result: { title, url } });

/** A popup on the real storage, through the same kind of connection the popup page uses. */
function popupOn(connection = createConnection({}, `popup-durability-${++dbCount}`)) {
  const popup = createPopupStore(popupDepsOn(connection));
  return { popup, connection };
}

afterEach(() => vi.restoreAllMocks());

describe('a capture is tied to the page the popup was opened on', () => {
  it('is discarded, with a message, when the tab went to another page in between', async () => {
    openTab({ title: 'The article', url: 'https://example.com/article', page: page('Somewhere else entirely', 'https://example.com/logout') });
    const { popup } = popupOn();
    await popup.start();
    const state = popup.store.get();
    expect(state).toMatchObject({ title: 'The article', url: 'https://example.com/article', source: 'tab' });
    expect(state.clip?.note).toMatch(/^The tab went to another page while it was being read/);
    expect(state.status).toBe(state.clip?.note);
  });

  it('is kept when only the #fragment differs: a jump within the same page', async () => {
    openTab({ title: 'Tab', url: 'https://example.com/article?id=7', page: page('The article', 'https://example.com/article?id=7#comments') });
    const { popup } = popupOn();
    await popup.start();
    expect(popup.store.get()).toMatchObject({ title: 'The article', source: 'page' });
  });
});

describe('the popup when storage fails', () => {
  it('says "Not saved" with the plain reason when there is no room, keeps the text, and saves on a retry', async () => {
    openTab({ title: 'Tab', url: 'https://example.com/a', page: page('Article', 'https://example.com/a') });
    const { popup, connection } = popupOn();
    await popup.start();
    const realPut = IDBObjectStore.prototype.put;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    popup.edit('commentary', 'Precious words');
    await popup.flush();
    expect(popup.store.get()).toMatchObject({ saved: 'failed', commentary: 'Precious words' });
    expect(popup.store.get().savedError).toMatch(/no room left to save/);
    put.mockImplementation(realPut);
    popup.edit('commentary', 'Precious words!');
    await popup.flush();
    expect(popup.store.get().saved).toBe('saved');
    expect(await connection.run((db) => loadClipDraft(db, 'https://example.com/a'))).toMatchObject({ commentary: 'Precious words!' });
  });

  // The failure is shown as an alert: flipping back to "Saving…" at each keystroke announced it again and again.
  it('keeps saying "Not saved" while the next keystrokes are written, until one of them commits', async () => {
    openTab({ title: 'Tab', url: 'https://example.com/a', page: page('Article', 'https://example.com/a') });
    const deps = popupDeps(await openCuratorDb(`popup-durability-${++dbCount}`));
    let failing = true;
    const held: (() => void)[] = [];
    const popup = createPopupStore({
      ...deps,
      saveClipDraft: (pageUrl, draft) =>
        failing
          ? Promise.reject(new Error('There is no room left to save'))
          : new Promise<void>((resolve) => held.push(resolve)).then(() => deps.saveClipDraft(pageUrl, draft)),
    });
    await popup.start();
    popup.edit('commentary', 'Precious');
    await until(popup.store, (s) => s.saved === 'failed');
    failing = false;
    popup.edit('commentary', 'Precious words');
    expect(popup.store.get()).toMatchObject({ saved: 'failed', savedError: 'There is no room left to save' });
    for (const release of held) release();
    await popup.flush();
    expect(popup.store.get()).toMatchObject({ saved: 'saved', savedError: '' });
  });

  it('says why when IndexedDB cannot be used, instead of waiting forever', async () => {
    openTab({ title: 'Tab', url: 'https://example.com/a', page: page('Article', 'https://example.com/a') });
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    });
    const { popup } = popupOn();
    await popup.start();
    await popup.refreshDraft();
    expect(popup.store.get().status).toMatch(/^Couldn't read the draft: This browser won't let Kubelist Curator keep data here/);
    await popup.add();
    expect(popup.store.get()).toMatchObject({ phase: 'failed', title: 'Article' });
    expect(popup.store.get().status).toMatch(/^Not added: This browser won't let Kubelist Curator keep data here/);
  });
});

// Issue 12: the popup closes on any click elsewhere, the moment the curator stops typing; a write
// waiting for a pause in typing, or for an earlier write to finish, is lost with it.
describe('the popup writes every keystroke at once', () => {
  /** The popup on real storage, with each clip write held until the test lets it go. */
  async function popupWithHeldWrites() {
    openTab({ title: 'Tab', url: 'https://example.com/a', page: page('Article', 'https://example.com/a') });
    const deps = popupDeps(await openCuratorDb(`popup-durability-${++dbCount}`));
    const writes: { draft: ClipDraft; release(): void; written: Promise<void> }[] = [];
    const popup = createPopupStore({
      ...deps,
      saveClipDraft(pageUrl, draft) {
        let release: () => void = () => undefined;
        const held = new Promise<void>((resolve) => (release = resolve));
        const written = held.then(() => deps.saveClipDraft(pageUrl, draft));
        writes.push({ draft, release, written });
        return written;
      },
    });
    await popup.start();
    return { popup, writes };
  }

  it('starts the write on the keystroke itself, and on the next one while the first is still under way', async () => {
    const { popup, writes } = await popupWithHeldWrites();
    popup.edit('commentary', 'W');
    expect(writes.map((w) => w.draft.commentary)).toEqual(['W']);
    popup.edit('commentary', 'Wo');
    expect(writes.map((w) => w.draft.commentary)).toEqual(['W', 'Wo']);
  });

  it('says "Saved" only once the write of the text on screen has committed, not an earlier one', async () => {
    const { popup, writes } = await popupWithHeldWrites();
    popup.edit('commentary', 'W');
    popup.edit('commentary', 'Wo');
    writes[0]!.release();
    await writes[0]!.written;
    await new Promise((resolve) => setTimeout(resolve)); // lets the first write's outcome be reported
    expect(popup.store.get().saved).toBe('saving');
    writes[1]!.release();
    await popup.flush();
    expect(popup.store.get().saved).toBe('saved');
  });
});
