import { blockerOf } from '../src/core/clip';
import { itemBlockerText } from '../src/text/item-blocker-text';
import { t } from '../src/text/t';
import type { Store } from '../src/ui/store';
import type { PopupAutosave } from './popup-autosave';
import type { PopupDeps, PopupState } from './popup-state';

/**
 * "Save for later": the link goes to the pool of collected links, in no issue yet. From then on
 * the fields are that link's, as after "Add to issue": what is typed goes to it.
 */
export async function saveForLater(
  deps: PopupDeps,
  store: Store<PopupState>,
  /** The address of the page the popup was opened on (its half-written blurb is kept under it). */
  pageUrl: string,
  /** What is typed, written as it is typed (an edit made while the link was being saved included). */
  autosave: Pick<PopupAutosave, 'save' | 'settled'>,
  checkFeatured: () => Promise<void>,
): Promise<void> {
  const state = store.get();
  const blocker = itemBlockerText(blockerOf(state));
  if (blocker || state.phase === 'adding' || state.itemId !== null) {
    store.set({ status: blocker });
    return;
  }
  store.set({ phase: 'adding', status: t('savingForLater') });
  try {
    const fields = { title: state.title.trim(), url: state.url.trim(), commentary: state.commentary.trim() };
    const record = await deps.saveForLater(fields);
    store.set({ itemId: record.id, pooled: true });
    const now = store.get();
    if (now.title !== fields.title || now.url !== fields.url || now.commentary !== fields.commentary) autosave.save();
    await autosave.settled();
    if (pageUrl) await deps.discardClipDraft(pageUrl).catch(() => undefined);
    // 'ready', not 'added': "Added" is the word; the Save button says "Saved".
    store.set({ phase: 'ready', status: t('savedForLater') });
    void checkFeatured();
  } catch (error) {
    store.set({ phase: 'failed', status: t('notSavedForLater', deps.errorText(error)) });
  }
}
