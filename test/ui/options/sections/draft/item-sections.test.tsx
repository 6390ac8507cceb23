// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorStore, type EditorStore } from '../../../../../options/sections/draft/editor-store';
import { ItemList } from '../../../../../options/sections/draft/ItemList';
import { inSectionOrder } from '../../../../../src/core/section-groups';
import { addItem, loadDraft, openCuratorDb } from '../../../../../src/storage';
import { useStore } from '../../../../../src/ui/store';
import { editorDeps } from '../../../../fakes/editor-deps';

const SECTIONS = ['News', 'Tools', 'Jobs'];

/** The items as the draft section lists them: grouped in the sections' order. */
function Items({ editor }: { editor: EditorStore }) {
  const { draft } = useStore(editor.store);
  return draft ? <ItemList items={inSectionOrder(draft.items, SECTIONS)} sections={SECTIONS} editor={editor} onDelete={() => undefined} /> : null;
}

let dbCount = 0;
async function renderList() {
  const db = await openCuratorDb(`item-sections-${++dbCount}`);
  await addItem(db, { title: 'A tool', url: 'https://example.com/tool', commentary: '', section: 'Tools' });
  await addItem(db, { title: 'Loose', url: 'https://example.com/loose', commentary: '' });
  await addItem(db, { title: 'Big news', url: 'https://example.com/news', commentary: '', section: 'News' });
  await addItem(db, { title: 'Other tool', url: 'https://example.com/tool2', commentary: '', section: 'Tools' });
  const editor = createEditorStore(editorDeps(db));
  await editor.load();
  render(<Items editor={editor} />);
  const idOf = (title: string) => editor.store.get().draft!.items.find((item) => item.title === title)!.id;
  return { db, editor, idOf };
}
/** What the list shows, top to bottom: headings as `# Name (n)`, items by title. */
const shown = () =>
  [...document.querySelectorAll('.items > li')].map((li) =>
    li.classList.contains('section-heading')
      ? `# ${li.textContent}`
      : li.querySelector('.row-title, input')!.textContent || (li.querySelector('input') as HTMLInputElement).value,
  );
/** The order storage keeps, grouped as the export writes it. */
const stored = async (db: Awaited<ReturnType<typeof openCuratorDb>>) =>
  inSectionOrder((await loadDraft(db)).items, SECTIONS).map((item) => `${item.section || '-'}: ${item.title}`);

afterEach(cleanup);

describe('the item list with sections', () => {
  it('shows a heading per section in the settings’ order, the items with none first, and the empty ones', async () => {
    await renderList();
    expect(shown()).toEqual(['# No section (1)', 'Loose', '# News (1)', 'Big news', '# Tools (2)', 'A tool', 'Other tool', '# Jobs (0)']);
    expect([...document.querySelectorAll('.items > li:not(.section-heading) .row-number')].map((n) => n.textContent)).toEqual(['1.', '2.', '3.', '4.']);
  });

  it('moves the focused row into the next or previous section with Alt+Shift+arrows, to the end of that group, and stores it so', async () => {
    const { db, idOf } = await renderList();
    const row = () => document.getElementById(`item-${idOf('Big news')}`)!;
    row().focus();
    fireEvent.keyDown(row(), { key: 'ArrowDown', altKey: true, shiftKey: true });
    await waitFor(() => expect(shown()).toEqual(['# No section (1)', 'Loose', '# News (0)', '# Tools (3)', 'A tool', 'Other tool', 'Big news', '# Jobs (0)']));
    expect(document.activeElement).toBe(row());
    fireEvent.keyDown(row(), { key: 'ArrowDown', altKey: true, shiftKey: true });
    await waitFor(() => expect(shown().slice(-2)).toEqual(['# Jobs (1)', 'Big news']));
    fireEvent.keyDown(row(), { key: 'ArrowDown', altKey: true, shiftKey: true }); // no section after the last: stays
    fireEvent.keyDown(document.getElementById(`item-${idOf('Loose')}`)!, { key: 'ArrowUp', altKey: true, shiftKey: true }); // none before "No section"
    await waitFor(async () => expect(await stored(db)).toEqual(['-: Loose', 'Tools: A tool', 'Tools: Other tool', 'Jobs: Big news']));
  });

  it('moves with Alt+arrows within the section only', async () => {
    const { db, idOf } = await renderList();
    const other = document.getElementById(`item-${idOf('Other tool')}`)!;
    other.focus();
    fireEvent.keyDown(other, { key: 'ArrowUp', altKey: true });
    await waitFor(() => expect(shown().slice(4, 7)).toEqual(['# Tools (2)', 'Other tool', 'A tool']));
    const moved = document.getElementById(`item-${idOf('Other tool')}`)!;
    fireEvent.keyDown(moved, { key: 'ArrowUp', altKey: true }); // the first of its section: stays there
    await waitFor(async () => expect(await stored(db)).toEqual(['-: Loose', 'News: Big news', 'Tools: Other tool', 'Tools: A tool']));
  });

  it('writes the section and the place together: a refused write leaves the item as it was', async () => {
    const { db, editor, idOf } = await renderList();
    const before = await stored(db);
    const refusing = createEditorStore({ ...editorDeps(db), moveItem: () => Promise.reject(new DOMException('No room left', 'QuotaExceededError')) });
    await refusing.load();
    await refusing.moveToSection(idOf('Loose'), 'Jobs', SECTIONS);
    expect(refusing.store.get().error).not.toBe('');
    expect(await stored(db)).toEqual(before);
    expect(editor.store.get().error ?? '').toBe('');
  });

  it('puts an item into a section by the open card’s picker, and by dragging its row onto a heading', async () => {
    const { db, editor, idOf } = await renderList();
    fireEvent.keyDown(document.getElementById(`item-${idOf('Loose')}`)!, { key: 'Enter' });
    const picker = await screen.findByLabelText('Section');
    expect([...(picker as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['No section', 'News', 'Tools', 'Jobs']);
    fireEvent.change(picker, { target: { value: 'News' } });
    await waitFor(async () => expect(await stored(db)).toEqual(['News: Big news', 'News: Loose', 'Tools: A tool', 'Tools: Other tool']));
    expect(editor.store.get().status).toBe('Moved to “News”, item 2.');

    const row = document.getElementById(`item-${idOf('A tool')}`)!;
    fireEvent.dragStart(row.querySelector('[draggable]') ?? row);
    const jobs = [...document.querySelectorAll('.section-heading')].find((h) => h.textContent === 'Jobs (0)')!;
    fireEvent.dragOver(jobs);
    fireEvent.drop(jobs);
    await waitFor(async () => expect(await stored(db)).toEqual(['News: Big news', 'News: Loose', 'Tools: Other tool', 'Jobs: A tool']));
  });
});
