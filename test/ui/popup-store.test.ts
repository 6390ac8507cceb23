import { describe, expect, it } from 'vitest';
import { createPopupStore } from '../../popup/popup-store';
import { captureTab } from '../../src/platform/capture';
import { openEditor, targetTab } from '../../src/platform/tabs';
import { addItem, loadDraft, openCuratorDb } from '../../src/storage';
import { browserFake, openTab } from '../fakes/browser';

let dbCount = 0;
const page = (title: string, url: string) => ({ result: { title, url, canonical: '', ogTitle: '', siteName: '', description: '', selection: '' } });

async function popupFor(tabParam: string | null = null) {
  const db = await openCuratorDb(`popup-${++dbCount}`);
  const popup = createPopupStore({
    targetTab: () => targetTab(tabParam),
    captureTab,
    loadDraft: () => loadDraft(db),
    addItem: (fields) => addItem(db, fields),
    openEditor,
  });
  return { popup, db };
}

/** Resolves once the store reaches a state `predicate` accepts. */
function until<S>(store: { get(): S; subscribe(fn: (s: S) => void): () => void }, predicate: (s: S) => boolean) {
  return new Promise<S>((resolve) => {
    if (predicate(store.get())) return resolve(store.get());
    const stop = store.subscribe((s) => {
      if (predicate(s)) {
        stop();
        resolve(s);
      }
    });
  });
}

describe('the popup store', () => {
  it("prefills the page's title and URL and shows the draft", async () => {
    openTab({ title: 'Tab title', url: 'https://example.com/post', page: page('  The   real\ntitle ', 'https://example.com/post') });
    const { popup } = await popupFor();
    await popup.start();
    const state = await until(popup.store, (s) => s.draft !== null);
    expect(state).toMatchObject({ phase: 'ready', title: 'The real title', url: 'https://example.com/post', note: '' });
    expect(state.draft?.items).toEqual([]);
  });

  it('captures the tab named by ?tab= rather than the active one', async () => {
    const named = openTab({ title: 'Named', url: 'https://named.test/', page: page('Named page', 'https://named.test/'), active: false });
    openTab({ title: 'Active', url: 'https://active.test/', page: page('Active page', 'https://active.test/') });
    const { popup } = await popupFor(String(named));
    await popup.start();
    expect(popup.store.get().title).toBe('Named page');
    expect(browserFake.injections).toEqual([named]);
  });

  it("falls back to the tab's title and URL, with a note, where scripts cannot run", async () => {
    openTab({ title: 'Extensions', url: 'chrome://extensions/', page: { error: 'Cannot access a chrome:// URL' } });
    const { popup } = await popupFor();
    await popup.start();
    const state = popup.store.get();
    expect(state).toMatchObject({ title: 'Extensions', url: 'chrome://extensions/' });
    expect(state.note).toContain("can't be read");
    expect(state.note).toContain('Cannot access a chrome:// URL');
  });

  it('keeps what the curator typed when the page capture arrives later', async () => {
    openTab({ title: 'Tab', url: 'https://example.com/', page: page('Page', 'https://example.com/page') });
    const { popup } = await popupFor();
    const started = popup.start();
    await until(popup.store, (s) => s.phase === 'ready');
    popup.edit('title', 'My own title');
    await started;
    expect(popup.store.get()).toMatchObject({ title: 'My own title', url: 'https://example.com/page' });
  });

  it('adds the item with its emoji-ended commentary and counts it', async () => {
    openTab({ title: 'Tab', url: 'https://example.com/a', page: page('Article', 'https://example.com/a') });
    const { popup, db } = await popupFor();
    await popup.start();
    popup.edit('commentary', 'Worth reading today!');
    popup.addEmoji('🔊');
    await popup.add();
    const state = popup.store.get();
    expect(state.phase).toBe('added');
    expect(state.status).toBe('Added to issue #1 as item 1.');
    expect((await loadDraft(db)).items).toMatchObject([{ title: 'Article', url: 'https://example.com/a', commentary: 'Worth reading today! 🔊' }]);
  });

  it('refuses a non-web URL with a message and adds nothing', async () => {
    openTab({ title: 'Extensions', url: 'chrome://extensions/', page: { error: 'Cannot access' } });
    const { popup, db } = await popupFor();
    await popup.start();
    await popup.add();
    expect(popup.store.get().status).toBe('Only http and https links can go in an issue.');
    expect(await db.count('items')).toBe(0);
  });

  it('keeps every field when saving fails, and says so', async () => {
    openTab({ title: 'Tab', url: 'https://example.com/a', page: page('Article', 'https://example.com/a') });
    const { popup, db } = await popupFor();
    await popup.start();
    popup.edit('commentary', 'Half a thought');
    db.close(); // every transaction now fails, as with a database gone away
    await popup.add();
    expect(popup.store.get()).toMatchObject({ phase: 'failed', commentary: 'Half a thought', title: 'Article' });
    expect(popup.store.get().status).toMatch(/^Not added: /);
  });

  it('opens the editor', async () => {
    const { popup } = await popupFor();
    await popup.openEditor();
    expect(browserFake.optionsOpened).toBe(1);
  });
});
