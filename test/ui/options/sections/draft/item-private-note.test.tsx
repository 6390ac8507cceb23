// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorStore, type EditorStore } from '../../../../../options/sections/draft/editor-store';
import { ItemList } from '../../../../../options/sections/draft/ItemList';
import { readBackup } from '../../../../../src/core/backup';
import { formatIssue } from '../../../../../src/core/kubelist';
import { addItem, draftToIssue, loadDraft, openCuratorDb, restoreBackup, writeBackup } from '../../../../../src/storage';
import { useStore } from '../../../../../src/ui/store';
import { editorDeps } from '../../../../fakes/editor-deps';
import { openItem } from './open-item';

function Items({ editor }: { editor: EditorStore }) {
  const { draft, urlNotes } = useStore(editor.store);
  return draft ? <ItemList items={draft.items} urlNotes={urlNotes} editor={editor} onDelete={() => undefined} /> : null;
}

let dbCount = 0;
async function renderItems() {
  const db = await openCuratorDb(`item-private-note-${++dbCount}`);
  await addItem(db, { title: 'Scaling etcd', url: 'https://blog.test/etcd', commentary: 'How a large team runs etcd. 🚀' });
  const editor = createEditorStore(editorDeps(db));
  await editor.load();
  render(<Items editor={editor} />);
  openItem(1);
  return { db, editor };
}

afterEach(cleanup);

describe('a private note on an item', () => {
  it('is written in the editor, kept with the item, carried by a backup, and never exported', async () => {
    const { db, editor } = await renderItems();
    expect(screen.queryByLabelText('Item 1 private note')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add a private note to item 1' }));
    const note = screen.getByLabelText('Item 1 private note') as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'Ask Jane before linking: she wrote it.' } });
    await editor.flush();
    const draft = await loadDraft(db);
    expect(draft.items[0]?.note).toBe('Ask Jane before linking: she wrote it.');

    const markdown = formatIssue(draftToIssue(draft));
    expect(markdown).toContain('How a large team runs etcd. 🚀');
    expect(markdown).not.toContain('Ask Jane');

    const reading = readBackup(await (await writeBackup(db)).text());
    if (!reading.ok) throw new Error('the backup did not read back');
    const other = await openCuratorDb(`item-private-note-restored-${dbCount}`);
    await restoreBackup(other, reading.file.data, 'replace');
    expect((await loadDraft(other)).items[0]?.note).toBe('Ask Jane before linking: she wrote it.');
  });

  it('stays shown once written, and an item without one offers the button only', async () => {
    const { db } = await renderItems();
    await addItem(db, { title: 'Noted', url: 'https://blog.test/noted', commentary: '', note: 'Keep for the intro.' });
    cleanup();
    const editor = createEditorStore(editorDeps(db));
    await editor.load();
    render(<Items editor={editor} />);
    openItem(2);
    await waitFor(() => expect((screen.getByLabelText('Item 2 private note') as HTMLTextAreaElement).value).toBe('Keep for the intro.'));
    openItem(1);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a private note to item 1' })).toBeTruthy());
  });
});
