// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { POOLED_LINK_TYPE } from '../../../../../options/sections/collected/pooled-drag';
import { createEditorStore } from '../../../../../options/sections/draft/editor-store';
import { ItemList } from '../../../../../options/sections/draft/ItemList';
import { addItem, loadDraft, openCuratorDb } from '../../../../../src/storage';
import { editorDeps } from '../../../../fakes/editor-deps';

afterEach(cleanup);

describe('a collected link dropped on the list', () => {
  it('asks to add it before the row it is dropped on; a drop with no pooled link asks nothing', async () => {
    const db = await openCuratorDb('drop-pooled-1');
    for (const title of ['One', 'Two']) await addItem(db, { title, url: `https://example.com/${title}`, commentary: '' });
    const editor = createEditorStore(editorDeps(db));
    await editor.load();
    const onDropPooled = vi.fn();
    const { container } = render(<ItemList items={(await loadDraft(db)).items} editor={editor} onDelete={() => undefined} onDropPooled={onDropPooled} />);
    const rows = container.querySelectorAll('.item-row');
    const carrying = (data: Record<string, string>) => ({ dataTransfer: { getData: (type: string) => data[type] ?? '' } });
    fireEvent.drop(rows[1]!, carrying({ 'text/plain': 'not a pooled link' }));
    expect(onDropPooled).not.toHaveBeenCalled();
    fireEvent.drop(rows[1]!, carrying({ [POOLED_LINK_TYPE]: 'pooled-id' }));
    expect(onDropPooled).toHaveBeenCalledWith('pooled-id', 1);
  });
});
