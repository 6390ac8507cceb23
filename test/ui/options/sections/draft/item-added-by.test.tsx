// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorStore, type EditorStore } from '../../../../../options/sections/draft/editor-store';
import { ItemList } from '../../../../../options/sections/draft/ItemList';
import { DEFAULT_SETTINGS } from '../../../../../src/core/model';
import { addItem, openCuratorDb, saveSettings, updateItem } from '../../../../../src/storage';
import { collectedDay } from '../../../../../src/text/collected-day';
import { useStore } from '../../../../../src/ui/store';
import { editorDeps } from '../../../../fakes/editor-deps';
import { openItem } from './open-item';

function Items({ editor }: { editor: EditorStore }) {
  const { draft } = useStore(editor.store);
  return draft ? <ItemList items={draft.items} editor={editor} onDelete={() => undefined} /> : null;
}

afterEach(cleanup);

describe('an open item', () => {
  it('says when it was added and by whom', async () => {
    const db = await openCuratorDb('item-added-by-1');
    await saveSettings(db, { ...DEFAULT_SETTINGS, yourName: 'Ana' });
    const item = await addItem(db, { title: 'Scaling etcd', url: 'https://blog.test/etcd', commentary: '' });
    const editor = createEditorStore(editorDeps(db));
    await editor.load();
    render(<Items editor={editor} />);
    openItem(1);
    expect(screen.getByText(`Added ${collectedDay(item.addedAt)} by Ana`)).toBeTruthy();
  });

  it('says who last changed its words when that was another curator', async () => {
    const db = await openCuratorDb('item-added-by-2');
    await saveSettings(db, { ...DEFAULT_SETTINGS, yourName: 'Ana' });
    const item = await addItem(db, { title: 'Scaling etcd', url: 'https://blog.test/etcd', commentary: '' });
    await saveSettings(db, { ...DEFAULT_SETTINGS, yourName: 'Ben' });
    await updateItem(db, item.id, { commentary: 'Worth a read' });
    const editor = createEditorStore(editorDeps(db));
    await editor.load();
    render(<Items editor={editor} />);
    openItem(1);
    // "this minute" or "1 min. ago": the words say when, the test only who.
    expect(screen.getByText(new RegExp(`^Added ${collectedDay(item.addedAt)} by Ana · changed by Ben, `))).toBeTruthy();
  });
});
