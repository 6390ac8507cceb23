import { isWebUrl } from '../src/core/clip';
import { errorMessage } from '../src/core/error-message';
import { t } from '../src/platform/i18n';
import { createPendingWrites } from '../src/ui/pending-writes';
import type { Store } from '../src/ui/store';
import { blurbKeeping, type DraftItemMatch, draftItemFor } from './draft-item';
import type { PopupDeps, PopupState } from './popup-store';

/** A failed save is tried again after this long, on every further keystroke, and as the popup closes. */
const RETRY_MS = 2000;

/**
 * Where what is typed in the popup is written, as it is typed: into the half-written clip for the
 * page, or, once the page is in the draft (just added, or found there), into that item, where the
 * curator will look for it. `state.saved` says "saved" only once the latest write has committed.
 */
export function createAutosave(deps: PopupDeps, store: Store<PopupState>, pageUrl: () => string) {
  const writes = createPendingWrites((saved, error) => {
    if (saved !== 'failed') return store.set({ saved, savedError: saved === 'saved' ? '' : store.get().savedError });
    store.set({ saved, savedError: errorMessage(error) });
    setTimeout(retry, RETRY_MS);
  });

  function retry() {
    if (store.get().saved === 'failed') save();
  }

  /** Starts writing the fields as they are now. */
  function save() {
    const { title, url, commentary, itemId } = store.get();
    if (itemId) {
      void writes.start(async () => {
        if (!(await deps.updateItem(itemId, { title, url, commentary }))) itemGone(itemId);
      });
    } else if (pageUrl()) {
      void writes.start(() => deps.saveClipDraft(pageUrl(), { title, url, commentary }));
    }
  }

  /** The item was deleted elsewhere (the editor): the text becomes a clip again, which Add puts back. */
  function itemGone(itemId: string) {
    if (store.get().itemId !== itemId) return;
    store.set({ itemId: null, phase: 'ready', status: t('itemGoneFromDraft') });
    save();
  }

  /**
   * Turns the popup to editing `match`, the draft's item for this page, so that no second copy
   * goes in. Words typed or restored before it was found are kept in its blurb.
   */
  function openItem({ item, place }: DraftItemMatch, issueNumber: number) {
    const { itemId, commentary, phase } = store.get();
    // An Add under way makes the item itself; the popup then edits that one.
    if (itemId !== null || phase === 'adding') return;
    const blurb = blurbKeeping(item.commentary, commentary);
    store.set({
      itemId: item.id,
      phase: 'added',
      title: item.title,
      url: item.url,
      commentary: blurb,
      edited: { title: true, url: true },
      status: t('editingDraftItem', issueNumber, place),
    });
    if (blurb !== item.commentary) save();
    // Its words are in the item now (or were already): the clip would only bring them back twice.
    void writes.settled().then(async () => {
      if (store.get().saved !== 'failed') await deps.discardClipDraft(pageUrl()).catch(() => undefined);
    });
  }

  return {
    save,
    /** Opens the draft's item for `url`, if this page is in the draft already. */
    async openItemFor(url: string) {
      if (!pageUrl() || !isWebUrl(url) || store.get().itemId !== null) return;
      const draft = await deps.loadDraft().catch(() => null);
      const match = draft && draftItemFor(draft, url);
      if (match) openItem(match, draft.issue.number);
    },
    /** Resolves once every write started so far has settled. */
    settled: () => writes.settled(),
    /** Tries a failed write once more at once, and resolves once all writes have settled. */
    flush() {
      retry();
      return writes.settled();
    },
  };
}
