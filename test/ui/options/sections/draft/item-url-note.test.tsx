// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorStore, type EditorStore } from '../../../../../options/sections/draft/editor-store';
import { ItemList } from '../../../../../options/sections/draft/ItemList';
import { addItem, loadDraft, openCuratorDb } from '../../../../../src/storage';
import { useStore } from '../../../../../src/ui/store';
import { editorDeps } from '../../../../fakes/editor-deps';
import { openItem } from './open-item';

/** The items as the draft section shows them: the editor store's draft and notes. */
function Items({ editor }: { editor: EditorStore }) {
  const { draft, urlNotes } = useStore(editor.store);
  return draft ? <ItemList items={draft.items} urlNotes={urlNotes} editor={editor} onDelete={() => undefined} /> : null;
}

let dbCount = 0;
async function renderItems() {
  const db = await openCuratorDb(`item-url-note-${++dbCount}`);
  await addItem(db, { title: 'Typed by hand', url: '', commentary: '' });
  const editor = createEditorStore(editorDeps(db));
  await editor.load();
  render(<Items editor={editor} />);
  openItem(1);
  return { db, editor };
}
const urlField = () => screen.getByLabelText('Item 1 URL') as HTMLInputElement;

afterEach(cleanup);

describe('an address entered in the editor', () => {
  const pasted = 'https://blog.test/post?utm_source=newsletter&utm_medium=email';

  it('loses its tracking parameters once entered, with the same note as the popup and the original one click away', async () => {
    const { db, editor } = await renderItems();
    fireEvent.input(urlField(), { target: { value: pasted } });
    expect(urlField().value).toBe(pasted); // typing is not cut short: `?utm_` would vanish mid-word
    fireEvent.change(urlField());
    await waitFor(() => expect(urlField().value).toBe('https://blog.test/post'));
    expect(screen.getByText(/^Tracking parameters removed\./)).toBeTruthy();
    await editor.flush();
    expect((await loadDraft(db)).items[0]?.url).toBe('https://blog.test/post');

    fireEvent.click(screen.getByRole('button', { name: 'Use the original address for item 1' }));
    await waitFor(() => expect(urlField().value).toBe(pasted));
    expect(screen.queryByText(/Tracking parameters removed/)).toBeNull();
    fireEvent.change(urlField()); // leaving the field again keeps the curator's choice
    await editor.flush();
    expect(urlField().value).toBe(pasted);
    expect((await loadDraft(db)).items[0]?.url).toBe(pasted);
  });

  it('is cleaned as soon as it is pasted', async () => {
    await renderItems();
    fireEvent.input(urlField(), { target: { value: pasted }, inputType: 'insertFromPaste' });
    await waitFor(() => expect(urlField().value).toBe('https://blog.test/post'));
    expect(screen.getByRole('button', { name: 'Use the original address for item 1' })).toBeTruthy();
  });
});
