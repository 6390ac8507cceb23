// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorStore, type EditorStore } from '../../../../../options/sections/draft/editor-store';
import { ItemList } from '../../../../../options/sections/draft/ItemList';
import { addItem, openCuratorDb } from '../../../../../src/storage';
import { useStore } from '../../../../../src/ui/store';
import { editorDeps } from '../../../../fakes/editor-deps';
import { openItem } from './open-item';

/** The items as the draft section lists them, compact by default. */
function Items({ editor }: { editor: EditorStore }) {
  const { draft } = useStore(editor.store);
  return draft ? <ItemList items={draft.items} editor={editor} onDelete={() => undefined} /> : null;
}

let dbCount = 0;
async function renderRows() {
  const db = await openCuratorDb(`compact-rows-${++dbCount}`);
  await addItem(db, { title: 'Scaling etcd', url: 'https://www.blog.test/etcd', commentary: 'How a large team runs etcd.\nAnd what broke. 🚀' });
  await addItem(db, { title: 'Gateway API', url: 'https://gateway.test/ga', commentary: 'GA at last. 🚪' });
  await addItem(db, { title: '', url: 'half-typed', commentary: '' });
  const editor = createEditorStore(editorDeps(db));
  await editor.load();
  render(<Items editor={editor} />);
  return { editor, ids: editor.store.get().draft!.items.map((item) => item.id) };
}
const row = (id: string) => document.getElementById(`item-${id}`)!;
const focusedId = () => document.activeElement?.id;
const titles = (editor: EditorStore) => editor.store.get().draft!.items.map((item) => item.title);

afterEach(cleanup);

describe('the compact item list', () => {
  it('shows each item as one row: number, title linked, site, the blurb’s first line and its emoji', async () => {
    const { ids } = await renderRows();
    const first = row(ids[0]!);
    expect(first.getAttribute('aria-label')).toBe('Item 1');
    expect(first.querySelector('.row-number')?.textContent).toBe('1.');
    const link = screen.getByRole('link', { name: 'Scaling etcd' });
    expect(link.getAttribute('href')).toBe('https://www.blog.test/etcd');
    expect(first.querySelector('.row-host')?.textContent).toBe('blog.test');
    expect(first.querySelector('.row-blurb')?.textContent).toBe('How a large team runs etcd.');
    expect(first.querySelector('.row-emoji')?.textContent).toBe('🚀');
    // No title yet, and an address that is not a web link: words instead, and no link.
    const third = row(ids[2]!);
    expect(third.querySelector('.row-title')?.textContent).toBe('(no title)');
    expect(third.querySelector('a')).toBeNull();
    expect(screen.queryByLabelText('Item 1 title')).toBeNull();
  });

  it('goes between rows with j/k and the arrows, opens one with Enter and closes it with Escape', async () => {
    const { ids } = await renderRows();
    // One tab stop for the list: the first row until another is focused.
    expect(ids.map((id) => row(id).tabIndex)).toEqual([0, -1, -1]);
    row(ids[0]!).focus();
    fireEvent.keyDown(row(ids[0]!), { key: 'j' });
    expect(focusedId()).toBe(`item-${ids[1]}`);
    fireEvent.keyDown(row(ids[1]!), { key: 'ArrowDown' });
    expect(focusedId()).toBe(`item-${ids[2]}`);
    fireEvent.keyDown(row(ids[2]!), { key: 'k' });
    expect(focusedId()).toBe(`item-${ids[1]}`);
    await waitFor(() => expect(ids.map((id) => row(id).tabIndex)).toEqual([-1, 0, -1]));

    fireEvent.keyDown(row(ids[1]!), { key: 'Enter' });
    await waitFor(() => expect(focusedId()).toBe(`item-${ids[1]}-title`));
    expect((screen.getByLabelText('Item 2 title') as HTMLInputElement).value).toBe('Gateway API');
    // Letters typed in a field stay text: no jump to another row.
    fireEvent.keyDown(screen.getByLabelText('Item 2 title'), { key: 'j' });
    expect(focusedId()).toBe(`item-${ids[1]}-title`);

    fireEvent.keyDown(screen.getByLabelText('Item 2 title'), { key: 'Escape' });
    await waitFor(() => expect(focusedId()).toBe(`item-${ids[1]}`));
    expect(screen.queryByLabelText('Item 2 title')).toBeNull();
    expect(row(ids[1]!).classList.contains('item-row')).toBe(true);
  });

  it('moves the focused row with Alt+↓ and Alt+↑, keeping the focus on it', async () => {
    const { editor, ids } = await renderRows();
    row(ids[0]!).focus();
    await act(() => {
      fireEvent.keyDown(row(ids[0]!), { key: 'ArrowDown', altKey: true });
    });
    expect(titles(editor)).toEqual(['Gateway API', 'Scaling etcd', '']);
    await waitFor(() => expect(focusedId()).toBe(`item-${ids[0]}`));
    expect(row(ids[0]!).getAttribute('aria-label')).toBe('Item 2');
    await act(() => {
      fireEvent.keyDown(row(ids[0]!), { key: 'ArrowUp', altKey: true });
    });
    expect(titles(editor)).toEqual(['Scaling etcd', 'Gateway API', '']);
  });

  it('keeps an open card, its focused field and its keys as Alt+↓ moves it twice', async () => {
    const { editor, ids } = await renderRows();
    openItem(1);
    const title = await waitFor(() => screen.getByLabelText('Item 1 title'));
    title.focus();
    await act(() => {
      fireEvent.keyDown(title, { key: 'ArrowDown', altKey: true });
    });
    await waitFor(() => expect(titles(editor)).toEqual(['Gateway API', 'Scaling etcd', '']));
    // The same field, not one made anew: a second press moves the item on.
    expect(document.activeElement).toBe(title);
    await act(() => {
      fireEvent.keyDown(title, { key: 'ArrowDown', altKey: true });
    });
    await waitFor(() => expect(titles(editor)).toEqual(['Gateway API', '', 'Scaling etcd']));
    expect(document.activeElement).toBe(title);
    expect(focusedId()).toBe(`item-${ids[0]}-title`);
  });

  it('opens one card at a time, by the Edit button or a click on the row, and Done closes it', async () => {
    const { ids } = await renderRows();
    openItem(1);
    await waitFor(() => expect(screen.getByLabelText('Item 1 title')).toBeTruthy());
    fireEvent.click(row(ids[1]!).querySelector('.row-blurb')!);
    await waitFor(() => expect(screen.getByLabelText('Item 2 title')).toBeTruthy());
    expect(screen.queryByLabelText('Item 1 title')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Done with item 2' }));
    await waitFor(() => expect(focusedId()).toBe(`item-${ids[1]}`));
    expect(screen.queryByLabelText('Item 2 title')).toBeNull();
  });

  it('shows every card in full mode', async () => {
    const db = await openCuratorDb(`compact-rows-full-${++dbCount}`);
    await addItem(db, { title: 'One', url: 'https://one.test/', commentary: '' });
    await addItem(db, { title: 'Two', url: 'https://two.test/', commentary: '' });
    const editor = createEditorStore(editorDeps(db));
    await editor.load();
    render(<ItemList items={editor.store.get().draft!.items} editor={editor} onDelete={() => undefined} density="full" />);
    expect((screen.getByLabelText('Item 1 title') as HTMLInputElement).value).toBe('One');
    expect((screen.getByLabelText('Item 2 title') as HTMLInputElement).value).toBe('Two');
    expect(screen.queryByRole('button', { name: 'Edit item 1' })).toBeNull();
  });
});
