import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../../../options/sections/draft/editor-store';
import { addItem, loadDraft, openCuratorDb, updateDraft } from '../../../../../src/storage';
import { editorDeps } from '../../../../fakes/editor-deps';
import { seedLargeArchive } from '../../../../fixtures/large-archive';
import { until } from '../../../../fixtures/until-state';

let dbCount = 0;
async function editorWith(titles: string[]) {
  const db = await openCuratorDb(`editor-${++dbCount}`);
  for (const title of titles) await addItem(db, { title, url: `https://example.com/${title}`, commentary: '' });
  const editor = createEditorStore(editorDeps(db));
  await editor.load();
  return { editor, db };
}
const titles = (items: { title: string }[] | undefined) => items?.map((i) => i.title);

describe('the editor store', () => {
  it('shows edits at once and writes them after flush', async () => {
    const { editor, db } = await editorWith(['a']);
    editor.setIssueField('headline', 'Backstage 🔊');
    const id = editor.store.get().draft!.items[0]!.id;
    editor.setItemField(id, 'commentary', 'Good read');
    expect(editor.store.get().draft?.issue.headline).toBe('Backstage 🔊');
    expect((await loadDraft(db)).issue.headline).toBe(''); // not yet written: debounced
    await editor.flush();
    const stored = await loadDraft(db);
    expect(stored.issue.headline).toBe('Backstage 🔊');
    expect(stored.items[0]?.commentary).toBe('Good read');
  });

  // Guards the editor's time to ready (issue 7): the backup count reads every stored item.
  it('shows the draft without waiting for the backup reminder, which comes after it', async () => {
    const db = await openCuratorDb(`editor-${++dbCount}`);
    await addItem(db, { title: 'a', url: 'https://example.com/a', commentary: '' });
    let answerBackup: (status: { lastBackupAt: number | null; itemsSince: number; moreSince: boolean }) => void = () => undefined;
    const editor = createEditorStore({
      ...editorDeps(db),
      backupStatus: () => new Promise((resolve) => (answerBackup = resolve)),
    });
    const loaded = editor.load();
    await new Promise<void>((resolve) => editor.store.subscribe((state) => state.draft && resolve()));
    expect(titles(editor.store.get().draft?.items)).toEqual(['a']);
    expect(editor.store.get().backup).toBeNull();
    answerBackup({ lastBackupAt: null, itemsSince: 1, moreSince: false });
    await loaded;
    expect(editor.store.get().backup).toEqual({ lastBackupAt: null, itemsSince: 1, moreSince: false });
  });

  it('cleans tracking off an address entered in an item, says so, and gives the original back for good', async () => {
    const { editor, db } = await editorWith(['a']);
    const id = editor.store.get().draft!.items[0]!.id;
    const url = () => editor.store.get().draft?.items[0]?.url;
    const pasted = 'https://blog.test/post?utm_source=newsletter&id=3';
    editor.setItemField(id, 'url', pasted);
    editor.enterItemUrl(id, pasted);
    expect(url()).toBe('https://blog.test/post?id=3');
    expect(editor.store.get().urlNotes).toEqual({
      [id]: { url: 'https://blog.test/post?id=3', original: pasted, change: { why: null, trackingRemoved: true } },
    });
    await editor.flush();
    expect((await loadDraft(db)).items[0]?.url).toBe('https://blog.test/post?id=3');

    editor.useOriginalUrl(id);
    expect(url()).toBe(pasted);
    expect(editor.store.get().urlNotes).toEqual({});
    editor.enterItemUrl(id, pasted); // leaving the field again: the curator chose this address
    expect(url()).toBe(pasted);
    await editor.flush();
    expect((await loadDraft(db)).items[0]?.url).toBe(pasted);
  });

  it('leaves entered addresses alone where the curator turned the rule off', async () => {
    const db = await openCuratorDb(`editor-${++dbCount}`);
    await addItem(db, { title: 'a', url: '', commentary: '' });
    const editor = createEditorStore(editorDeps(db), { disabledRules: () => ['utm-params'] });
    await editor.load();
    const id = editor.store.get().draft!.items[0]!.id;
    editor.setItemField(id, 'url', 'https://blog.test/?utm_source=x&fbclid=1');
    editor.enterItemUrl(id, 'https://blog.test/?utm_source=x&fbclid=1');
    expect(editor.store.get().draft?.items[0]?.url).toBe('https://blog.test/?utm_source=x');
  });

  it('writes only the last of several quick edits to a field', async () => {
    const { editor, db } = await editorWith([]);
    for (const text of ['K', 'Ku', 'Kub']) editor.setIssueField('headline', text);
    await editor.flush();
    expect((await loadDraft(db)).issue.headline).toBe('Kub');
  });

  it('moves items on screen and in storage', async () => {
    const { editor, db } = await editorWith(['a', 'b', 'c']);
    const c = editor.store.get().draft!.items[2]!.id;
    await editor.moveItem(c, 0);
    expect(titles(editor.store.get().draft?.items)).toEqual(['c', 'a', 'b']);
    expect(titles((await loadDraft(db)).items)).toEqual(['c', 'a', 'b']);
    expect(editor.store.get().status).toBe('Moved item 3 to position 1.');
  });

  it('ignores moves past either end', async () => {
    const { editor, db } = await editorWith(['a', 'b']);
    const [a, b] = editor.store.get().draft!.items;
    await editor.moveItem(a!.id, -1);
    await editor.moveItem(b!.id, 2);
    expect(titles((await loadDraft(db)).items)).toEqual(['a', 'b']);
  });

  it('deletes items', async () => {
    const { editor, db } = await editorWith(['a', 'b']);
    await editor.removeItem(editor.store.get().draft!.items[0]!.id);
    expect(titles(editor.store.get().draft?.items)).toEqual(['b']);
    expect(titles((await loadDraft(db)).items)).toEqual(['b']);
  });

  it('reloads what another page added without losing a pending edit here', async () => {
    const { editor, db } = await editorWith(['a']);
    editor.setIssueField('intro', 'Typed just now');
    await addItem(db, { title: 'from the popup', url: 'https://example.com/p', commentary: '' });
    await editor.reload();
    const { draft } = editor.store.get();
    expect(draft?.issue.intro).toBe('Typed just now');
    expect(titles(draft?.items)).toEqual(['a', 'from the popup']);
  });

  it('says "Not saved" when a write fails, and keeps the text on screen', async () => {
    const { editor, db } = await editorWith([]);
    db.close();
    editor.setIssueField('headline', 'Kept');
    await editor.flush();
    expect(editor.store.get()).toMatchObject({ save: 'failed' });
    expect(editor.store.get().saveError).not.toBe('');
    expect(editor.store.get().draft?.issue.headline).toBe('Kept');
  });
});

describe('the editor store and the archive', () => {
  it('flags a draft number the archive has, with what follows the archive, and takes a suggested number and date in one go', async () => {
    const db = await openCuratorDb(`editor-${++dbCount}`);
    await seedLargeArchive(db, { issues: 2, itemsPerIssue: 1 });
    await addItem(db, { title: 'mine', url: 'https://example.com/mine', commentary: '' });
    const editor = createEditorStore(editorDeps(db));
    await editor.load();
    expect(editor.store.get().clash).toBeNull();
    editor.setIssueField('number', 2);
    await until(editor.store, (state) => state.clash !== null);
    expect(editor.store.get().clash).toEqual({
      taken: { number: 2, date: '2018-02-21' },
      tip: [
        { number: 2, date: '2018-02-21' },
        { number: 2, date: '2018-02-21' },
      ],
    });
    editor.takeNumber({ number: 3, date: '2018-02-28' });
    await until(editor.store, (state) => state.clash === null);
    await editor.flush();
    expect((await loadDraft(db)).issue).toMatchObject({ number: 3, date: '2018-02-28' });
    expect(editor.store.get().status).toBe('Renumbered the draft to #3 for 2018-02-28.');
  });
});

describe('the editor store keeps to the issue rules', () => {
  // Regression (issue 12, items 14 and 16): a value a backup refuses must never be written.
  it('writes no number, date or address that a backup of it would not restore', async () => {
    const { editor, db } = await editorWith(['a']);
    const id = editor.store.get().draft!.items[0]!.id;
    editor.setIssueField('number', 12345678);
    editor.setIssueField('date', '3000-01-01');
    editor.setItemField(id, 'url', '//evil.example/x');
    await editor.flush();
    const stored = await loadDraft(db);
    expect(stored.issue.number).toBe(1);
    expect(stored.issue.date).not.toBe('3000-01-01');
    expect(stored.items[0]!.url).toBe('https://example.com/a');
    editor.setIssueField('number', 9999999);
    editor.setIssueField('date', '');
    editor.setItemField(id, 'url', 'example.com/half-typ');
    await editor.flush();
    expect(await loadDraft(db)).toMatchObject({ issue: { number: 9999999, date: '' }, items: [{ url: 'example.com/half-typ' }] });
  });

  // Regression (issue 12, item 4): "The new draft is #2 for …" stayed after an import renumbered it.
  it('says where the draft is now when another write moved it, so the status line is never stale', async () => {
    const { editor, db } = await editorWith(['a']);
    editor.announce('The new draft is #1 for 2026-12-02.');
    const { issue } = await loadDraft(db);
    await updateDraft(db, issue.id, { number: 135, date: '2026-12-09' });
    await editor.reload();
    expect(editor.store.get().status).toBe('The draft is now #135 for 2026-12-09.');
    await updateDraft(db, issue.id, { date: '' });
    await editor.reload();
    expect(editor.store.get().status).toBe('The draft is now #135, with no date yet.');
    editor.announce('Something else.');
    await editor.reload();
    expect(editor.store.get().status).toBe('Something else.');
  });
});
