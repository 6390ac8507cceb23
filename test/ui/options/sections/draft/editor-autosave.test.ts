import { describe, expect, it } from 'vitest';
import { createEditorStore, type EditorDeps } from '../../../../../options/sections/draft/editor-store';
import {
  addItem,
  type CuratorDatabase,
  createConnection,
  deleteItem,
  loadDraft,
  moveItem,
  openCuratorDb,
  updateDraft,
  updateItem,
} from '../../../../../src/storage';
import { until } from '../../../../fixtures/until-state';

let dbCount = 0;
const link = (title: string) => ({ title, url: `https://example.com/${title}`, commentary: '' });
const depsFor = (db: CuratorDatabase): EditorDeps => ({
  loadDraft: () => loadDraft(db),
  updateDraft: (id, patch) => updateDraft(db, id, patch),
  updateItem: (id, patch) => updateItem(db, id, patch),
  deleteItem: (id) => deleteItem(db, id),
  moveItem: (id, to) => moveItem(db, id, to),
});
/** An editor page on `db`; `deps` replaces some of what it calls. */
async function editorOn(db: CuratorDatabase, deps: Partial<EditorDeps> = {}) {
  const editor = createEditorStore({ ...depsFor(db), ...deps }, { saveDelayMs: 5, retryMs: 5 });
  await editor.load();
  return editor;
}
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the editor’s autosave', () => {
  it('says "Saving…" until the write has committed, and only then "Saved"', async () => {
    const db = await openCuratorDb(`autosave-${++dbCount}`);
    const gate = deferred();
    const editor = await editorOn(db, {
      updateDraft: async (id, patch) => {
        await gate.promise;
        return updateDraft(db, id, patch);
      },
    });
    expect(editor.store.get().save).toBe('idle');
    editor.setIssueField('headline', 'Backstage');
    expect(editor.store.get().save).toBe('saving');
    const flushed = editor.flush();
    expect(editor.store.get().save).toBe('saving');
    gate.resolve();
    await flushed;
    expect(editor.store.get().save).toBe('saved');
    expect((await loadDraft(db)).issue.headline).toBe('Backstage');
  });

  it('says "Not saved" with the reason, keeps the text, and retries until it is written', async () => {
    const db = await openCuratorDb(`autosave-${++dbCount}`);
    let failures = 2;
    const editor = await editorOn(db, {
      updateDraft: async (id, patch) => {
        if (failures-- > 0) throw new Error('There is no room left to save');
        return updateDraft(db, id, patch);
      },
    });
    editor.setIssueField('intro', 'Precious words');
    await until(editor.store, (s) => s.save === 'failed');
    expect(editor.store.get()).toMatchObject({ saveError: 'There is no room left to save', draft: { issue: { intro: 'Precious words' } } });
    expect(editor.hasUnsaved()).toBe(true);
    await until(editor.store, (s) => s.save === 'saved');
    expect((await loadDraft(db)).issue.intro).toBe('Precious words');
    expect(editor.hasUnsaved()).toBe(false);
  });

  it('retries the newest text, not the one that failed', async () => {
    const db = await openCuratorDb(`autosave-${++dbCount}`);
    let fail = true;
    const editor = await editorOn(db, {
      updateDraft: async (id, patch) => {
        if (fail) throw new Error('disk gone');
        return updateDraft(db, id, patch);
      },
    });
    editor.setIssueField('headline', 'Old');
    await until(editor.store, (s) => s.save === 'failed');
    editor.setIssueField('headline', 'Newer');
    expect(editor.store.get().save).toBe('failed'); // still not saved: nothing has committed yet
    fail = false;
    await until(editor.store, (s) => s.save === 'saved');
    expect((await loadDraft(db)).issue.headline).toBe('Newer');
  });

  it('never says "Not saved" for an older write when the write of the text on screen is under way', async () => {
    const db = await openCuratorDb(`autosave-${++dbCount}`);
    const held: { commit(): void; fail(): void }[] = [];
    const editor = await editorOn(db, {
      updateDraft: (id, patch) =>
        new Promise((resolve, reject) =>
          held.push({ commit: () => void updateDraft(db, id, patch).then(resolve, reject), fail: () => reject(new Error('a hiccup')) }),
        ),
    });
    editor.setIssueField('headline', 'Back');
    const first = editor.flush();
    editor.setIssueField('headline', 'Backstage');
    const second = editor.flush();
    const shown: string[] = [];
    editor.store.subscribe((s) => shown.push(s.save));
    held[0]!.fail();
    held[1]!.commit();
    await Promise.all([first, second]);
    expect(shown).not.toContain('failed');
    expect(editor.store.get().save).toBe('saved');
    expect((await loadDraft(db)).issue.headline).toBe('Backstage');
  });

  it('shows the storage’s own words for a full disk, through the real connection', async () => {
    const connection = createConnection({}, `autosave-${++dbCount}`);
    const editor = createEditorStore(
      {
        loadDraft: () => connection.run((db) => loadDraft(db)),
        updateDraft: (id, patch) => connection.run((db) => updateDraft(db, id, patch)),
        updateItem: (id, patch) => connection.run((db) => updateItem(db, id, patch)),
        deleteItem: (id) => connection.run((db) => deleteItem(db, id)),
        moveItem: (id, to) => connection.run((db) => moveItem(db, id, to)),
      },
      { saveDelayMs: 5, retryMs: 60_000 },
    );
    await editor.load();
    const realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      editor.setIssueField('headline', 'Kept');
      await editor.flush();
    } finally {
      IDBObjectStore.prototype.put = realPut;
    }
    expect(editor.store.get()).toMatchObject({ save: 'failed', saveError: expect.stringMatching(/no room left to save/) });
    expect(editor.store.get().draft?.issue.headline).toBe('Kept');
    await editor.flush(); // the retry, now that there is room
    expect(editor.store.get().save).toBe('saved');
  });
});

describe('two pages editing the same issue', () => {
  it('keep each other’s edits to different fields of the same item', async () => {
    const db = await openCuratorDb(`two-pages-${++dbCount}`);
    const { id } = await addItem(db, link('a'));
    const [left, right] = [await editorOn(db), await editorOn(db)];
    left.setItemField(id, 'title', 'Title from the left');
    right.setItemField(id, 'commentary', 'Blurb from the right'); // right still shows the old title
    await Promise.all([left.flush(), right.flush()]);
    expect((await loadDraft(db)).items[0]).toMatchObject({ title: 'Title from the left', commentary: 'Blurb from the right' });
    await Promise.all([left.reload(), right.reload()]);
    for (const page of [left, right]) {
      expect(page.store.get().draft?.items[0]).toMatchObject({ title: 'Title from the left', commentary: 'Blurb from the right' });
    }
  });

  it('keep each other’s edits to different fields of the issue', async () => {
    const db = await openCuratorDb(`two-pages-${++dbCount}`);
    const [left, right] = [await editorOn(db), await editorOn(db)];
    left.setIssueField('headline', 'Left headline');
    right.setIssueField('intro', 'Right intro');
    await Promise.all([left.flush(), right.flush()]);
    expect((await loadDraft(db)).issue).toMatchObject({ headline: 'Left headline', intro: 'Right intro' });
  });

  it('a reload keeps the field being typed here when its edit is not written yet', async () => {
    const db = await openCuratorDb(`two-pages-${++dbCount}`);
    const { id } = await addItem(db, link('a'));
    const gate = deferred();
    const here = await editorOn(db, {
      updateItem: async (itemId, patch) => {
        await gate.promise;
        return updateItem(db, itemId, patch);
      },
    });
    const other = await editorOn(db);
    here.setItemField(id, 'commentary', 'Typing here, not yet written');
    other.setItemField(id, 'title', 'Renamed in the other tab');
    await other.flush();
    // The other tab's write arrives: this page reloads while its own write is still under way.
    void here.flush();
    await here.load();
    expect(here.store.get().draft?.items[0]).toMatchObject({ title: 'Renamed in the other tab', commentary: 'Typing here, not yet written' });
    gate.resolve();
    await here.flush();
    expect((await loadDraft(db)).items[0]).toMatchObject({ title: 'Renamed in the other tab', commentary: 'Typing here, not yet written' });
  });

  it('says so when an item edited here was deleted in the other tab', async () => {
    const db = await openCuratorDb(`two-pages-${++dbCount}`);
    const { id } = await addItem(db, link('a'));
    const here = await editorOn(db);
    await deleteItem(db, id);
    here.setItemField(id, 'commentary', 'Too late');
    await here.flush();
    expect(here.store.get().status).toBe('An item was deleted in another tab, so its commentary typed here was not kept.');
    expect(here.store.get().save).toBe('saved');
  });
});

describe('a write storage refuses', () => {
  it('says why in the curator’s words and keeps the text on screen', async () => {
    const db = await openCuratorDb(`autosave-${++dbCount}`);
    const item = await addItem(db, link('Long'));
    const editor = await editorOn(db);
    const long = 'x'.repeat(1_000_001);
    editor.setItemField(item.id, 'commentary', long);
    await until(editor.store, (s) => s.save === 'failed');
    expect(editor.store.get().saveError).toBe('the commentary is longer than 1000000 characters');
    expect(editor.store.get().draft?.items[0]?.commentary).toBe(long);
    expect(editor.hasUnsaved()).toBe(true);
    expect((await loadDraft(db)).items[0]?.commentary).toBe('');
  });
});
