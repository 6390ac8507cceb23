// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../popup/App';
import { createPopupStore } from '../../../popup/popup-store';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { type CuratorDatabase, listPool, loadDraft, openCuratorDb, saveForLater, saveSettings } from '../../../src/storage';
import { openTab } from '../../fakes/browser';
import { popupDeps } from '../../fakes/popup-deps';

let dbCount = 0;
async function renderPopup(prepare: (db: CuratorDatabase) => Promise<unknown> = async () => undefined) {
  openTab({ title: 'A good article', url: 'https://example.com/post', page: { result: { title: 'A good article', url: 'https://example.com/post' } } });
  const db = await openCuratorDb(`popup-pool-${++dbCount}`);
  await prepare(db);
  const popup = createPopupStore(popupDeps(db, null));
  render(<App popup={popup} />);
  await popup.start();
  return { db, popup };
}

afterEach(cleanup);

describe('Save for later in the popup', () => {
  it('puts the link in the collected links, not the draft, and says where it went', async () => {
    const { db } = await renderPopup();
    fireEvent.input(screen.getByLabelText('Commentary'), { target: { value: 'Maybe next week.' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Save for later' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved for later, in the collected links.'));
    expect(screen.getByRole('button', { name: 'Saved' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Add to issue' })).toHaveProperty('disabled', true);
    expect((await loadDraft(db)).items).toEqual([]);
    expect((await listPool(db)).links.map(({ title, url, commentary }) => ({ title, url, commentary }))).toEqual([
      { title: 'A good article', url: 'https://example.com/post', commentary: 'Maybe next week.' },
    ]);
    // What is typed after goes to the saved link, as after Add.
    fireEvent.input(screen.getByLabelText('Commentary'), { target: { value: 'Maybe next week. 🔊' } });
    await waitFor(async () => expect((await listPool(db)).links[0]!.commentary).toBe('Maybe next week. 🔊'));
  });

  it('is what Ctrl+Enter does when the settings say so; Add to issue stays a click away', async () => {
    const { db } = await renderPopup((db) => saveSettings(db, { ...DEFAULT_SETTINGS, quickTarget: 'pool' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save for later' }).title).toBe('Ctrl+Enter'));
    fireEvent.keyDown(screen.getByLabelText('Commentary'), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved for later, in the collected links.'));
    expect(await listPool(db)).toMatchObject({ links: [{ title: 'A good article' }] });
    expect((await loadDraft(db)).items).toEqual([]);
  });

  it('says when the page is already collected', async () => {
    const at = Date.UTC(2026, 10, 30, 12);
    await renderPopup((db) => saveForLater(db, { title: 'A good article', url: 'https://example.com/post', commentary: '' }, at));
    expect((await screen.findByRole('list', { name: 'Already featured' })).textContent).toBe('Collected on Nov 30, not in an issue yet.');
  });
});
