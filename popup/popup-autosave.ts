import { isWebUrl } from '../src/core/clip';
import type { Draft } from '../src/storage';
import { t } from '../src/text/t';
import { createAutosave } from '../src/ui/autosave';
import type { Store } from '../src/ui/store';
import { blurbKeeping, type DraftItemMatch, draftItemFor } from './draft-item';
import type { PopupDeps, PopupState } from './popup-state';

/** The popup's own copy of the text, kept under the page (see `writeForm`). */
type ClipCopy = Awaited<ReturnType<PopupDeps['loadClipDraft']>>;

/** A failed save is tried again after this long, on every further keystroke, and as the popup closes. */
const RETRY_MS = 2000;

/** The popup writes its three fields together, as one edit. */
const FORM = 'form';

/**
 * Where what is typed in the popup is written, as it is typed: into the half-written clip for the
 * page, or, once the page is in the draft (just added, or found there), into that item, where the
 * curator will look for it. `state.saved` says "saved" only once the latest write has committed.
 */
export function createPopupAutosave(deps: PopupDeps, store: Store<PopupState>, pageUrl: () => string) {
  // No delay: the popup closes on any click elsewhere, and a write waiting for a timer is lost with it.
  const autosave = createAutosave({
    delayMs: 0,
    retryMs: RETRY_MS,
    describe: (error) => deps.errorText(error),
    onStatus: ({ state, error }) => store.set({ saved: state, savedError: error }),
  });

  /** Starts writing the fields as they are now. */
  function save() {
    const { title, url, commentary, itemId } = store.get();
    if (itemId || pageUrl()) autosave.schedule(FORM, { title, url, commentary }, writeForm);
  }

  /**
   * Writes the fields as they are when it runs, to where they belong then: a retry writes what is
   * on screen now, and into the item once the page has been added.
   */
  async function writeForm(isLatest: () => boolean) {
    const { title, url, commentary, itemId } = store.get();
    const page = pageUrl();
    if (!itemId) return page ? deps.saveClipDraft(page, { title, url, commentary }) : undefined;
    // The item's write must read the item before it can write, and a popup closed meanwhile
    // loses it; a copy under the page, which needs no read, is kept until the item has the text.
    const copy = page ? deps.saveClipDraft(page, { title, url, commentary }).catch(() => undefined) : undefined;
    if (!(await deps.updateItem(itemId, { title, url, commentary }))) return itemGone(itemId);
    await copy;
    if (page && isLatest()) await deps.discardClipDraft(page);
  }

  /** The item was deleted elsewhere (the editor): the text becomes a clip again, which Add puts back. */
  function itemGone(itemId: string) {
    if (store.get().itemId !== itemId) return;
    store.set({ itemId: null, phase: 'ready', status: t('itemGoneFromDraft') });
    save();
  }

  /**
   * Turns the popup to editing `match`, the draft's item for this page, so that no second copy
   * goes in. Words typed or restored before it was found are kept in its blurb; a copy of the
   * item's text newer than the item (its write cut short by the popup closing) replaces it.
   */
  function openItem({ item, place }: DraftItemMatch, issueNumber: number, copy: ClipCopy | undefined) {
    const { itemId, commentary, phase } = store.get();
    // An Add under way makes the item itself; the popup then edits that one.
    if (itemId !== null || phase === 'adding') return;
    const newer = copy && copy.updatedAt > item.updatedAt ? copy : null;
    const blurb = newer ? newer.commentary : blurbKeeping(item.commentary, commentary);
    const fields = { title: newer?.title ?? item.title, url: newer?.url ?? item.url };
    store.set({
      itemId: item.id,
      phase: 'added',
      ...fields,
      commentary: blurb,
      edited: { title: true, url: true },
      status: t('editingDraftItem', issueNumber, place),
    });
    if (blurb !== item.commentary || fields.title !== item.title || fields.url !== item.url) save();
    // Its words are in the item now (or were already): the clip would only bring them back twice.
    void autosave.settled().then(async () => {
      if (store.get().saved !== 'failed') await deps.discardClipDraft(pageUrl()).catch(() => undefined);
    });
  }

  return {
    save,
    /** Opens the draft's item for `url`, if this page is in `draft` (the popup's one read of it). */
    async openItemFor(url: string, loaded: Promise<Draft | null>) {
      if (!pageUrl() || !isWebUrl(url) || store.get().itemId !== null) return;
      const draft = await loaded;
      const match = draft && draftItemFor(draft, url);
      if (match) openItem(match, draft.issue.number, await deps.loadClipDraft(pageUrl()).catch(() => undefined));
    },
    /** Resolves once every write started so far has settled. */
    settled: () => autosave.settled(),
    /** Tries a failed write once more at once, and resolves once all writes have settled. */
    flush: () => autosave.flush(),
  };
}

export type PopupAutosave = ReturnType<typeof createPopupAutosave>;
