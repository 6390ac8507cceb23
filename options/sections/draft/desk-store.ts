import { urlKey } from '../../../src/core/cleanup';
import type { Issue } from '../../../src/core/issue';
import type { EarlierFeature } from '../../../src/core/issue-checks';
import { type Habits, habitsFrom } from '../../../src/core/issue-counts';
import { type ItemContent, itemContent, sameSectionName } from '../../../src/core/model';
import type { FeaturedMatch, ItemFields, ItemRecord, PublishResult } from '../../../src/storage';
import { t, tn } from '../../../src/text/t';
import { errorText } from '../../../src/ui/error-text';
import { createStore } from '../../../src/ui/store';
import type { SettingsStore } from '../settings/settings-store';
import type { EditorStore } from './editor-store';

/** What the editor's desk (checks, publishing, adding and undoing) needs from storage. */
export interface DeskDeps {
  addItem(fields: ItemFields): Promise<ItemRecord>;
  moveItem(id: string, toIndex: number): Promise<void>;
  findFeatured(url: string): Promise<FeaturedMatch[]>;
  /** The latest published issues with their items, newest first: what the curator's habits are taken from. */
  recentIssues(): Promise<Issue[]>;
  publishDraft(): Promise<PublishResult>;
  /** Moves a draft item to the pool of collected links; false when it is no longer in the draft. */
  returnItemToPool(id: string): Promise<boolean>;
  /** Moves collected links into the draft at `position` (at the end when absent). */
  addPooledToDraft(ids: readonly string[], position?: number): Promise<ItemRecord[]>;
}

export interface DeskState {
  /** Earlier issues each draft link appeared in, by its urlKey. */
  earlier: Record<string, EarlierFeature[]>;
  /** The curator's usual item count and blurb length, from their latest issues. */
  habits: Habits | null;
  /** The item just deleted, for "Undo". */
  deleted: { fields: ItemContent; index: number } | null;
  /** The item just sent back to the pool and where it was, for "Undo". */
  pooled: { id: string; index: number } | null;
}

export type DeskStore = ReturnType<typeof createDeskStore>;

/** The draft's desk: adding, deleting with Undo, earlier features, habits and publishing; reads the settings' recurring slot. */
export function createDeskStore(deps: DeskDeps, editor: EditorStore, settings: SettingsStore) {
  const store = createStore<DeskState>({ earlier: {}, habits: null, deleted: null, pooled: null });
  let lookup = 0;

  /** The habits of the latest issues (a year's worth: `RECENT_ISSUES`), once per page and after publishing. */
  async function loadHabits() {
    const recent = await deps.recentIssues().catch(() => []);
    store.set({ habits: habitsFrom(recent) });
  }

  return {
    store,
    loadHabits,
    /**
     * Adds the recurring last slot ("Tweet of the week") as the issue's last item; into the
     * section of the same name when the issue has one, whose limit (1) "Before you send" checks.
     */
    async addRecurringSlot(): Promise<string | null> {
      const { recurringSlot: title, sections } = settings.store.get().settings;
      if (!title) return null;
      const section = sections.find((candidate) => sameSectionName(candidate.name, title))?.name ?? '';
      await editor.flush();
      const record = await deps.addItem({ title, url: '', commentary: '', section }).catch(() => null);
      await editor.reload();
      return record?.id ?? null;
    },
    /** Looks every draft link up in the archive (an index lookup each); the newest call wins. */
    async refreshEarlier(urls: readonly string[]) {
      const ticket = ++lookup;
      const earlier: Record<string, EarlierFeature[]> = {};
      for (const url of new Set(urls)) {
        const matches = await deps.findFeatured(url).catch(() => []);
        const published = matches.flatMap((m) => (m.status === 'published' ? [{ number: m.number, date: m.date }] : []));
        if (published.length) earlier[urlKey(url)] = published;
      }
      if (ticket === lookup) store.set({ earlier });
    },
    earlierFor: (url: string): EarlierFeature[] => store.get().earlier[urlKey(url)] ?? [],
    /** A new empty item at the end, for links typed by hand; the title field takes the focus. */
    async addBlankItem(): Promise<string | null> {
      await editor.flush();
      const record = await deps.addItem({ title: '', url: '', commentary: '' }).catch((error: unknown) => {
        editor.announce(t('notAdded', String(error)));
        return null;
      });
      await editor.reload();
      return record?.id ?? null;
    },
    /** Deletes with a way back: the item's text is kept until the next delete. */
    async deleteItem(item: ItemRecord, index: number) {
      store.set({ deleted: { fields: itemContent(item), index }, pooled: null });
      await editor.removeItem(item.id);
    },
    async undoDelete() {
      const deleted = store.get().deleted;
      if (!deleted) return;
      store.set({ deleted: null });
      const record = await deps.addItem(deleted.fields);
      await deps.moveItem(record.id, deleted.index);
      await editor.reload();
      editor.announce(t('itemIsBack', deleted.index + 1));
    },
    /** Sends an item back to the pool with its blurb and note; the items after it close up. */
    async returnToPool(item: ItemRecord, index: number) {
      await editor.flush();
      const done = await deps.returnItemToPool(item.id).catch((error: unknown) => {
        editor.announce(t('notToPool', errorText(error)));
        return null;
      });
      await editor.reload();
      if (done === null) return;
      // Only the last move is offered for Undo, as with deleting; the two never stand together.
      store.set({ pooled: done ? { id: item.id, index } : null, deleted: null });
      if (done) editor.announce(t('itemToPool', index + 1));
    },
    /** Puts the item last sent to the pool back at its place. */
    async undoToPool() {
      const pooled = store.get().pooled;
      if (!pooled) return;
      store.set({ pooled: null });
      await editor.flush();
      const moved = await deps.addPooledToDraft([pooled.id], pooled.index).catch(() => []);
      await editor.reload();
      if (moved.length > 0) editor.announce(t('itemIsBack', pooled.index + 1));
    },
    /** A collected link dropped on the list at `index`: it joins the draft there. */
    async addPooledAt(id: string, index: number) {
      await editor.flush();
      const moved = await deps.addPooledToDraft([id], index).catch((error: unknown) => {
        editor.announce(t('notAdded', errorText(error)));
        return null;
      });
      await editor.reload();
      if (moved) editor.announce(tn('collectedAdded', moved.length));
    },
    async publish(): Promise<PublishResult> {
      await editor.flush();
      const result = await deps.publishDraft();
      await editor.reload();
      if (result.ok) void loadHabits();
      return result;
    },
  };
}
