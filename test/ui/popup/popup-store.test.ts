import { describe, expect, it } from 'vitest';
import { createPopupStore } from '../../../popup/popup-store';
import { blurbsWith, emojiWith } from '../../../src/core/emoji-suggest';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { addItem, deleteItem, loadClipDraft, loadDraft, openCuratorDb, saveClipDraft, saveSettings } from '../../../src/storage';
import { answerPermissionRequests, browserFake, highlightTabs, openTab } from '../../fakes/browser';
import { popupDeps } from '../../fakes/popup-deps';
import { until } from '../../fixtures/until-state';

let dbCount = 0;
const page = (title: string, url: string, extra: Record<string, unknown> = {}) => ({ result: { title, url, ...extra } });

async function popupFor(tabParam: string | null = null, existing?: Awaited<ReturnType<typeof openCuratorDb>>) {
  const db = existing ?? (await openCuratorDb(`popup-${++dbCount}`));
  const popup = createPopupStore(popupDeps(db, tabParam));
  return { popup, db };
}

describe('the popup store', () => {
  it("prefills the page's title and URL and shows the draft", async () => {
    openTab({ title: 'Tab title', url: 'https://example.com/post', page: page('  The   real\ntitle ', 'https://example.com/post') });
    const { popup } = await popupFor();
    await popup.start();
    const state = await until(popup.store, (s) => s.draft !== null);
    expect(state).toMatchObject({ phase: 'ready', title: 'The real title', url: 'https://example.com/post', source: 'page' });
    expect(state.clip?.note).toBe('');
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
    expect(state.clip?.note).toBe('Browser pages cannot be read by extensions. The tab’s title and URL are used instead.');
    expect(state.source).toBe('tab');
  });

  it('keeps what the curator typed when the page capture arrives later', async () => {
    openTab({ title: 'Tab', url: 'https://example.com/page', page: page('Page', 'https://example.com/page') });
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

  // Guards the popup's time to ready (issue 7): no storage, capture or second tab lookup competes
  // with the first paint of the title and URL.
  it('fills in the title and URL from the tab alone, and starts the rest once they are painted', async () => {
    openTab({ title: 'Tab title', url: 'https://example.com/post', page: page('Page title', 'https://example.com/post') });
    const db = await openCuratorDb(`popup-${++dbCount}`);
    const calls: string[] = [];
    let paint: () => void = () => undefined;
    const deps = popupDeps(db, null);
    const spied = Object.fromEntries(
      Object.entries(deps).map(([name, dep]) => [
        name,
        (...args: never[]) => {
          calls.push(name);
          return (dep as (...a: never[]) => unknown)(...args);
        },
      ]),
    ) as unknown as typeof deps;
    const popup = createPopupStore({ ...spied, painted: () => new Promise<void>((resolve) => (paint = resolve)) });
    const started = popup.start();
    await until(popup.store, (s) => s.phase === 'ready');
    expect(popup.store.get()).toMatchObject({ title: 'Tab title', url: 'https://example.com/post', source: 'pending' });
    expect(calls).toEqual(['targetTab']);
    paint();
    await started;
    expect(popup.store.get()).toMatchObject({ title: 'Page title', source: 'page' });
    expect(calls).toEqual(
      expect.arrayContaining(['captureTab', 'loadDraft', 'findFeatured', 'loadClipDraft', 'loadEmojiHistory', 'disabledRules', 'highlightedTabCount']),
    );
  });

  it('keeps what the archived blurbs say about emoji, for the suggestions', async () => {
    const db = await openCuratorDb(`popup-${++dbCount}`);
    await db.put('issues', { id: 'old', status: 'published', number: 1, date: '2021-07-14', headline: '', intro: '', createdAt: 0, updatedAt: 0 });
    const archived = { issueId: 'old', url: 'https://example.com/o', urlKey: 'example.com/o', addedAt: 0, updatedAt: 0 };
    await db.put('items', { ...archived, id: 'o-0', position: 0, title: 'Falco', commentary: 'Runtime security. 🔒' });
    await db.put('items', { ...archived, id: 'o-1', position: 1, title: 'Kyverno', commentary: 'Policies as security code 🛡' });
    openTab({ title: 'Tab', url: 'https://example.com/a', page: page('Article', 'https://example.com/a') });
    const { popup } = await popupFor(null, db);
    await popup.start();
    const { blurbHistory } = await until(popup.store, (s) => s.blurbHistory !== null);
    expect(blurbHistory?.size).toBe(2);
    expect(blurbsWith(blurbHistory!, 'security')).toBe(2);
    expect(emojiWith(blurbHistory!, 'falco')).toEqual(new Map([['🔒', 1]]));
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

  it('says where a URL was featured before, by its normalized address', async () => {
    openTab({ title: 'Tab', url: 'https://www.example.com/post/?utm_source=feed', page: page('Post', 'https://www.example.com/post/?utm_source=feed') });
    const { popup, db } = await popupFor();
    await db.put('issues', { id: 'i93', status: 'published', number: 93, date: '2020-12-02', headline: '', intro: '', createdAt: 0, updatedAt: 0 });
    await db.put('items', {
      id: 'x',
      issueId: 'i93',
      position: 0,
      title: 'Post',
      url: 'http://example.com/post',
      urlKey: 'example.com/post',
      commentary: '',
      addedAt: 0,
      updatedAt: 0,
    });
    await popup.start();
    await until(popup.store, (s) => s.featured.length > 0);
    expect(popup.store.get().featured).toEqual([{ status: 'published', number: 93, date: '2020-12-02', title: 'Post' }]);
    await popup.add();
    await until(popup.store, (s) => s.featured.length === 2);
    expect(popup.store.get().featured[0]?.status).toBe('draft');
  });

  it('cleans the title and URL, and puts the originals back on request', async () => {
    openTab({
      title: 'T',
      url: 'https://example.com/a?utm_source=x&id=7',
      page: page('(3) My article | Example Blog', 'https://example.com/a?utm_source=x&id=7', { siteName: 'Example Blog' }),
    });
    const { popup } = await popupFor();
    await popup.start();
    expect(popup.store.get()).toMatchObject({ title: 'My article', url: 'https://example.com/a?id=7' });
    popup.useOriginal('title');
    popup.useOriginal('url');
    expect(popup.store.get()).toMatchObject({ title: '(3) My article | Example Blog', url: 'https://example.com/a?utm_source=x&id=7' });
  });

  it('offers the selected text as a quote to start the blurb', async () => {
    openTab({ title: 'T', url: 'https://example.com/a', page: page('Article', 'https://example.com/a', { selection: 'Kubernetes is\n a platform' }) });
    const { popup } = await popupFor();
    await popup.start();
    popup.quoteSelection();
    expect(popup.store.get().commentary).toBe('“Kubernetes is a platform” ');
  });

  // Issue 12: quoted page text went into the blurb raw, and out to readers as live HTML.
  it('quotes page text as text, and leaves the curator’s own HTML as typed', async () => {
    const selection = '<img src=x onerror="alert(1)"> and [a link](javascript:alert(1))';
    openTab({ title: 'T', url: 'https://example.com/a', page: page('Article', 'https://example.com/a', { selection }) });
    const { popup } = await popupFor();
    await popup.start();
    popup.edit('commentary', 'My <b>own</b> take.');
    popup.quoteSelection();
    expect(popup.store.get().commentary).toBe('“&lt;img src=x onerror="alert(1)"> and \\[a link\\](javascript:alert(1))” My <b>own</b> take.');
  });

  it('says "added from the tab" when the page could not be read', async () => {
    openTab({ title: 'A paper', url: 'https://example.com/paper.pdf', page: { error: 'Cannot access contents of the page' } });
    const { popup } = await popupFor();
    await popup.start();
    expect(popup.store.get().clip?.note).toMatch(/PDF/);
    await popup.add();
    expect(popup.store.get().status).toBe('Added to issue #1 as item 1 from the tab’s title and URL.');
  });

  it('adds every highlighted tab after asking for the tabs permission, skipping non-web ones', async () => {
    const a = openTab({ title: 'One | Site', url: 'https://one.test/?fbclid=1', page: page('x', 'y'), active: false });
    const b = openTab({ title: 'Extensions', url: 'chrome://extensions/', page: { error: 'no' }, active: false });
    openTab({ title: 'Two', url: 'https://two.test/', page: page('Two', 'https://two.test/') });
    highlightTabs([a, b]);
    const { popup, db } = await popupFor();
    await popup.start();
    await until(popup.store, (s) => s.highlighted === 3);
    await popup.addHighlighted();
    expect(browserFake.granted).toEqual(['tabs']);
    expect(popup.store.get().status).toBe(
      'Added 2 tabs. Tracking parameters removed from 1 of them. Skipped 1: chrome://extensions/ (only http and https pages can go in).',
    );
    expect((await loadDraft(db)).items.map((i) => i.url)).toEqual(['https://one.test/', 'https://two.test/']);
  });

  it('cleans highlighted tabs’ addresses by the rules the curator left on, as the popup cleans a page', async () => {
    const a = openTab({ title: 'One', url: 'https://one.test/?utm_source=x&fbclid=1', page: page('x', 'y'), active: false });
    openTab({ title: 'Two', url: 'https://two.test/', page: page('Two', 'https://two.test/') });
    highlightTabs([a]);
    const { popup, db } = await popupFor();
    await saveSettings(db, { ...DEFAULT_SETTINGS, disabledRules: ['utm-params'] });
    await popup.addHighlighted();
    expect((await loadDraft(db)).items.map((i) => i.url)).toEqual(['https://one.test/?utm_source=x', 'https://two.test/']);
    expect(popup.store.get().status).toBe('Added 2 tabs. Tracking parameters removed from 1 of them.');
  });

  it('adds nothing when the curator declines the tabs permission', async () => {
    const { popup, db } = await popupFor();
    answerPermissionRequests(false);
    await popup.addHighlighted();
    expect(popup.store.get().status).toMatch(/^Not added: /);
    expect(await db.count('items')).toBe(0);
  });

  // Issue 12: after Add the popup edits the item it just added; text typed then went to a
  // half-written clip nobody would see again, while the popup said "Saved".
  describe('after Add', () => {
    const article = () => openTab({ title: 'Tab', url: 'https://example.com/a', page: page('Article', 'https://example.com/a') });

    it('saves further typing into the item it added, and says "Saved" once it is there', async () => {
      article();
      const { popup, db } = await popupFor();
      await popup.start();
      popup.edit('commentary', 'First thoughts.');
      await popup.add();
      popup.edit('commentary', 'First thoughts. Then more. 🔊');
      popup.edit('title', 'Article, retitled');
      await popup.flush();
      expect(popup.store.get()).toMatchObject({ saved: 'saved', phase: 'added' });
      expect((await loadDraft(db)).items).toMatchObject([{ title: 'Article, retitled', commentary: 'First thoughts. Then more. 🔊' }]);
      expect(await loadClipDraft(db, 'https://example.com/a')).toBeUndefined();
      await popup.add(); // the button is off; a Ctrl+Enter must not add a second copy either
      expect(await db.count('items')).toBe(1);
    });

    it('puts what was typed while the item was being added into that item', async () => {
      article();
      const { popup, db } = await popupFor();
      await popup.start();
      popup.edit('commentary', 'Typed before Add');
      const adding = popup.add();
      popup.edit('commentary', 'Typed before Add, and while it was added');
      await adding;
      await popup.flush();
      expect((await loadDraft(db)).items.map((item) => item.commentary)).toEqual(['Typed before Add, and while it was added']);
      expect(await loadClipDraft(db, 'https://example.com/a')).toBeUndefined();
    });

    it('keeps the text as a new clip, and says so, when the item was deleted in the editor', async () => {
      article();
      const { popup, db } = await popupFor();
      await popup.start();
      await popup.add();
      await deleteItem(db, (await loadDraft(db)).items[0]!.id);
      popup.edit('commentary', 'Words for a deleted item');
      await popup.flush();
      expect(popup.store.get()).toMatchObject({ itemId: null, phase: 'ready', saved: 'saved' });
      expect(popup.store.get().status).toBe('That item is no longer in the draft. What you write is kept here; Add puts it back.');
      expect(await loadClipDraft(db, 'https://example.com/a')).toMatchObject({ commentary: 'Words for a deleted item' });
    });
  });

  // Issue 12: a page already in the draft said "Already in this draft", showed an empty blurb, and
  // Add put it in a second time.
  describe('on a page already in the draft', () => {
    it('opens that item, with its title and blurb, edits it in place and adds no second copy', async () => {
      openTab({ title: 'Tab', url: 'https://example.com/post?utm_source=feed', page: page('Post', 'https://example.com/post?utm_source=feed') });
      const first = await popupFor();
      await first.popup.start();
      first.popup.edit('title', 'My title for the post');
      first.popup.edit('commentary', 'A blurb written earlier. 🔊');
      await first.popup.add();

      openTab({ title: 'Tab', url: 'https://www.example.com/post/?utm_campaign=x', page: page('Post', 'https://www.example.com/post/?utm_campaign=x') });
      const { popup, db } = await popupFor(null, first.db);
      await popup.start();
      const state = await until(popup.store, (s) => Boolean(s.itemId));
      expect(state).toMatchObject({
        title: 'My title for the post',
        url: 'https://example.com/post',
        commentary: 'A blurb written earlier. 🔊',
        phase: 'added',
      });
      expect(state.status).toBe('Already in issue #1 as item 1: your changes go to that item.');
      popup.edit('commentary', 'A blurb written earlier, and improved. 🔊');
      await popup.flush();
      await popup.add();
      expect((await loadDraft(db)).items).toMatchObject([{ title: 'My title for the post', commentary: 'A blurb written earlier, and improved. 🔊' }]);
    });

    it('finds it by the page’s canonical link when the tab’s address differs', async () => {
      openTab({ title: 'Tab', url: 'https://example.com/canonical', page: page('Post', 'https://example.com/canonical') });
      const first = await popupFor();
      await first.popup.start();
      await first.popup.add();
      const tab = 'https://example.com/amp/post?ref=home';
      openTab({ title: 'Tab', url: tab, page: page('Post', tab, { canonical: 'https://example.com/canonical' }) });
      const { popup } = await popupFor(null, first.db);
      await popup.start();
      expect((await until(popup.store, (s) => Boolean(s.itemId))).url).toBe('https://example.com/canonical');
    });

    it('takes its own copy of the text when the item’s last write was cut short by the popup closing', async () => {
      openTab({ title: 'Tab', url: 'https://example.com/c', page: page('C', 'https://example.com/c') });
      const db = await openCuratorDb(`popup-${++dbCount}`);
      const item = await addItem(db, { title: 'C', url: 'https://example.com/c', commentary: 'Typed on, then the popup clo' });
      const copy = { title: 'C', url: 'https://example.com/c', commentary: 'Typed on, then the popup closed.' };
      await saveClipDraft(db, 'https://example.com/c', copy, item.updatedAt + 1);
      const { popup } = await popupFor(null, db);
      await popup.start();
      await until(popup.store, (s) => Boolean(s.itemId));
      await popup.flush();
      expect(popup.store.get().commentary).toBe('Typed on, then the popup closed.');
      expect((await loadDraft(db)).items.map((i) => i.commentary)).toEqual(['Typed on, then the popup closed.']);
    });

    it('keeps words half-written for the page before it went into the draft', async () => {
      openTab({ title: 'Tab', url: 'https://example.com/b', page: page('B', 'https://example.com/b') });
      const first = await popupFor();
      await first.popup.start();
      first.popup.edit('commentary', 'Half a thought');
      await first.popup.flush();
      // Added meanwhile without this popup (the context menu's quick add, say).
      await addItem(first.db, { title: 'B', url: 'https://example.com/b', commentary: 'Its own blurb.' });
      const { popup, db } = await popupFor(null, first.db);
      await popup.start();
      await until(popup.store, (s) => Boolean(s.itemId));
      await popup.flush();
      expect(popup.store.get().commentary).toBe('Its own blurb. Half a thought');
      expect((await loadDraft(db)).items.map((item) => item.commentary)).toEqual(['Its own blurb. Half a thought']);
    });
  });

  describe('autosave', () => {
    const article = () => openTab({ title: 'Tab', url: 'https://example.com/a', page: page('Article', 'https://example.com/a') });

    it('keeps a half-written blurb for a page not yet added, and restores it when the popup reopens', async () => {
      article();
      const first = await popupFor();
      await first.popup.start();
      first.popup.edit('commentary', 'Half a thou');
      first.popup.edit('title', 'My title');
      expect(first.popup.store.get().saved).not.toBe('saved');
      await first.popup.flush();
      expect(first.popup.store.get().saved).toBe('saved');

      const second = await popupFor(null, first.db); // the popup closed and opened again
      await second.popup.start();
      await until(second.popup.store, (s) => s.commentary !== '');
      expect(second.popup.store.get()).toMatchObject({ commentary: 'Half a thou', title: 'My title', status: 'Restored what you were writing.' });
    });

    it('forgets the blurb once the item is added', async () => {
      article();
      const first = await popupFor();
      await first.popup.start();
      first.popup.edit('commentary', 'Done 🔊');
      await first.popup.flush();
      await first.popup.add();
      expect(await loadClipDraft(first.db, 'https://example.com/a')).toBeUndefined();
    });

    it('never says "Saved" when the write failed, and keeps the text', async () => {
      article();
      const { popup, db } = await popupFor();
      await popup.start();
      db.close();
      popup.edit('commentary', 'Precious words');
      await popup.flush();
      expect(popup.store.get()).toMatchObject({ saved: 'failed', commentary: 'Precious words' });
      expect(popup.store.get().savedError).not.toBe('');
    });
  });
});
