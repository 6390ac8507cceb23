import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addLink, addPage } from '../../../src/background/quick-add';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { listPool, loadDraft, openCuratorDb, saveSettings } from '../../../src/storage';
import { browserFake, openTab } from '../../fakes/browser';
import { freshDefaultDatabase } from '../../fakes/fresh-default-database';

// quick-add opens the default database; give each test a clean one.
beforeEach(freshDefaultDatabase);
afterEach(() => vi.useRealTimers());

async function draftItems() {
  const db = await openCuratorDb();
  const { items } = await loadDraft(db);
  db.close();
  return items.map(({ title, url, commentary }) => ({ title, url, commentary }));
}

describe('adding without the popup', () => {
  it('adds the captured, cleaned page and flashes +1', async () => {
    const id = openTab({
      title: 'Tab',
      url: 'https://blog.test/p?utm_medium=x',
      page: { result: { title: 'A post', url: 'https://blog.test/p?utm_medium=x' } },
    });
    await addPage({ id, title: 'Tab', url: 'https://blog.test/p?utm_medium=x' });
    expect(await draftItems()).toEqual([{ title: 'A post', url: 'https://blog.test/p', commentary: '' }]);
    // No popup shows the change, so the button's tooltip says it, as the popup's note would.
    expect(browserFake.badge).toMatchObject({ text: '+1', title: 'Added the page as item 1: A post\nTracking parameters removed.' });
  });

  it('saves the page and the link for later when the settings say so, and says where they went', async () => {
    const db = await openCuratorDb();
    await saveSettings(db, { ...DEFAULT_SETTINGS, quickTarget: 'pool' });
    db.close();
    const href = 'https://talks.test/ebpf';
    const id = openTab({
      title: 'Tab',
      url: 'https://blog.test/p',
      page: { result: { title: 'A post', url: 'https://blog.test/p' }, links: { [href]: 'eBPF talk' } },
    });
    await addPage({ id, title: 'Tab', url: 'https://blog.test/p' });
    expect(browserFake.badge).toMatchObject({ text: '+1', title: 'Saved the page for later (collected links: 1): A post' });
    await addLink(href, undefined, { id, title: 'Tab', url: 'https://blog.test/p' });
    expect(browserFake.badge.title).toBe('Saved the link for later (collected links: 2): eBPF talk');
    expect(await draftItems()).toEqual([]);
    const again = await openCuratorDb();
    expect((await listPool(again)).links.map((link) => link.title)).toEqual(['eBPF talk', 'A post']);
    again.close();
  });

  it('falls back to the tab’s title and URL where scripts cannot run, and says so', async () => {
    const id = openTab({ title: 'paper.pdf', url: 'https://example.com/paper.pdf', page: { error: 'Cannot access' } });
    await addPage({ id, title: 'paper.pdf', url: 'https://example.com/paper.pdf' });
    expect(await draftItems()).toEqual([{ title: 'paper.pdf', url: 'https://example.com/paper.pdf', commentary: '' }]);
    expect(browserFake.badge.text).toBe('+1');
    expect(browserFake.badge.title).toContain('from the tab’s title and URL');
  });

  it('fails visibly on a page that can never be an item', async () => {
    const id = openTab({ title: 'Extensions', url: 'chrome://extensions/', page: { error: 'Cannot access a chrome:// URL' } });
    await addPage({ id, title: 'Extensions', url: 'chrome://extensions/' });
    expect(await draftItems()).toEqual([]);
    expect(browserFake.badge).toMatchObject({ text: '!', title: 'Not added: Only http and https links can go in an issue.' });
  });

  it('adds a link with the text it has on the page, without visiting it', async () => {
    const href = 'https://www.youtube.com/watch?v=abc&feature=youtu.be&t=42';
    const id = openTab({ title: 'Page', url: 'https://news.test/', page: { result: {}, links: { [href]: 'Talk: eBPF in production' } } });
    await addLink(href, undefined, { id, title: 'Page', url: 'https://news.test/' });
    expect(await draftItems()).toEqual([{ title: 'Talk: eBPF in production', url: 'https://www.youtube.com/watch?v=abc&t=42', commentary: '' }]);
    expect(browserFake.badge.title).toBe('Added the link as item 1: Talk: eBPF in production\nTracking parameters removed.');
  });

  it('says nothing about tracking when there was none to take off', async () => {
    const id = openTab({ title: 'Page', url: 'https://news.test/', page: { result: {}, links: { 'https://blog.test/p': 'A post' } } });
    await addLink('https://blog.test/p', undefined, { id, title: 'Page', url: 'https://news.test/' });
    expect(browserFake.badge.title).toBe('Added the link as item 1: A post');
  });

  it('puts the draft count back on the badge after the flash', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const id = openTab({ title: 'T', url: 'https://a.test/', page: { result: { title: 'A', url: 'https://a.test/' } } });
    await addPage({ id, title: 'T', url: 'https://a.test/' });
    expect(browserFake.badge.text).toBe('+1');
    await vi.runAllTimersAsync();
    expect(browserFake.badge.text).toBe('1');
  });
});
