import { blockerOf } from '../src/core/clip';
import { itemBlockerText } from '../src/text/item-blocker-text';
import { t } from '../src/text/t';
import type { Store } from '../src/ui/store';
import type { PopupAutosave } from './popup-autosave';
import type { PopupDeps, PopupState } from './popup-state';

/**
 * "Add to issue": the link goes into the draft. From then on the fields are that item's: what is
 * typed goes to it, never to a clip. In the late chunk: the button is clicked after first paint.
 */
export async function addToIssue(
  deps: PopupDeps,
  store: Store<PopupState>,
  /** The address of the page the popup was opened on (its half-written blurb is kept under it). */
  pageUrl: string,
  /** What is typed, written as it is typed (an edit made while the item was being added included). */
  autosave: Pick<PopupAutosave, 'save' | 'settled'>,
  checkFeatured: () => Promise<void>,
): Promise<void> {
  const state = store.get();
  const blocker = itemBlockerText(blockerOf(state));
  if (blocker || state.phase === 'adding' || state.itemId !== null) {
    store.set({ status: blocker });
    return;
  }
  store.set({ phase: 'adding', status: t('adding') });
  try {
    const fields = { title: state.title.trim(), url: state.url.trim(), commentary: state.commentary.trim() };
    const record = await deps.addItem(fields);
    store.set({ itemId: record.id });
    const now = store.get();
    if (now.title !== fields.title || now.url !== fields.url || now.commentary !== fields.commentary) autosave.save();
    // The blurb is in the draft now: forget the half-written copy, once its last write is done.
    await autosave.settled();
    if (pageUrl) await deps.discardClipDraft(pageUrl).catch(() => undefined);
    const draft = await deps.loadDraft();
    // Its place, not the count: a recurring last slot keeps new items in before it.
    const place = draft.items.findIndex((item) => item.id === record.id) + 1 || draft.items.length;
    const status = t(state.source === 'tab' ? 'addedAsItemFromTab' : 'addedAsItem', draft.issue.number, place);
    store.set({ phase: 'added', draft, status });
    void checkFeatured();
  } catch (error) {
    // Nothing typed is lost: the fields keep their text for another try.
    store.set({ phase: 'failed', status: t('notAdded', deps.errorText(error)) });
  }
}
