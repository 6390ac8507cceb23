// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../popup/App';
import { createPopupStore } from '../../../popup/popup-store';
import { loadDraft, openCuratorDb } from '../../../src/storage';
import { openTab } from '../../fakes/browser';
import { popupDeps } from '../../fakes/popup-deps';

let dbCount = 0;
async function renderPopup(pageTitle: string) {
  openTab({
    title: pageTitle,
    url: 'https://example.com/post',
    page: { result: { title: pageTitle, url: 'https://example.com/post' } },
  });
  const db = await openCuratorDb(`popup-app-${++dbCount}`);
  const popup = createPopupStore(popupDeps(db, null));
  render(<App popup={popup} />);
  await popup.start();
  return { db };
}

afterEach(cleanup);

describe('the popup', () => {
  it('opens with the title and URL filled in and the cursor in the commentary', async () => {
    await renderPopup('A good article');
    expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('A good article');
    expect(screen.getByLabelText<HTMLInputElement>('URL').value).toBe('https://example.com/post');
    expect(document.activeElement).toBe(screen.getByLabelText('Commentary'));
  });

  it('adds the item on Ctrl+Enter and lists the draft', async () => {
    const { db } = await renderPopup('A good article');
    const commentary = screen.getByLabelText('Commentary');
    fireEvent.input(commentary, { target: { value: 'Read it.' } });
    fireEvent.keyDown(commentary, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Added to issue #1 as item 1.'));
    expect(screen.getByTestId('item-count').textContent).toBe('1 item');
    expect(screen.getByRole('listitem').textContent).toBe('A good article');
    expect((await loadDraft(db)).items[0]?.commentary).toBe('Read it.');
  });

  // These parts load after the first paint (App.tsx): each must still come once its data is there.
  it('shows the cleanup note, the save state and the draft once their data has arrived', async () => {
    await renderPopup('(3) A good article');
    expect(await screen.findByRole('button', { name: 'Use original title' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Commentary'), { target: { value: 'Read it.' } });
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect((await screen.findByTestId('item-count')).textContent).toBe('0 items');
  });

  it('renders a hostile page title as text, never as markup', async () => {
    await renderPopup('<img src=x onerror="window.pwned=1">');
    expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('<img src=x onerror="window.pwned=1">');
    expect(document.querySelector('img')).toBeNull();
  });
});
