import { blockerOf } from '../src/core/clip';
import type { ItemRecord } from '../src/core/model';
import { itemBlockerText } from '../src/text/item-blocker-text';
import type { Store } from '../src/ui/store';
import type { PopupAutosave } from './popup-autosave';
import type { PopupDeps, PopupState } from './popup-state';

/** Where a link goes and what the popup says on the way: the two buttons differ only in these. */
export interface KeepLinkWay {
  /** The status while it is written. */
  working: string;
  /** Writes the link; the stored record. */
  write(fields: { title: string; url: string; commentary: string }): Promise<ItemRecord>;
  /** What the popup shows once it is written (the status, the phase). */
  done(record: ItemRecord): Promise<Partial<PopupState>>;
  /** The status when it could not be written; nothing typed is lost. */
  failed(error: string): string;
}

/**
 * Keeps the link the popup shows, in the issue or the pool. From then on the fields are that
 * record's: what is typed goes to it, never to a clip, and the half-written copy kept under the
 * page's address is forgotten once the last write is done. In the late chunk: a button is
 * clicked after the first paint.
 */
export async function keepLink(
  deps: PopupDeps,
  store: Store<PopupState>,
  /** The address of the page the popup was opened on (its half-written blurb is kept under it). */
  pageUrl: string,
  /** What is typed, written as it is typed (an edit made while the link was being kept included). */
  autosave: Pick<PopupAutosave, 'save' | 'settled'>,
  checkFeatured: () => Promise<void>,
  way: KeepLinkWay,
): Promise<void> {
  const state = store.get();
  const blocker = itemBlockerText(blockerOf(state));
  if (blocker || state.phase === 'adding' || state.itemId !== null) {
    store.set({ status: blocker });
    return;
  }
  store.set({ phase: 'adding', status: way.working });
  try {
    const fields = { title: state.title.trim(), url: state.url.trim(), commentary: state.commentary.trim() };
    const record = await way.write(fields);
    store.set({ itemId: record.id });
    const now = store.get();
    if (now.title !== fields.title || now.url !== fields.url || now.commentary !== fields.commentary) autosave.save();
    await autosave.settled();
    if (pageUrl) await deps.discardClipDraft(pageUrl).catch(() => undefined);
    store.set(await way.done(record));
    void checkFeatured();
  } catch (error) {
    store.set({ phase: 'failed', status: way.failed(deps.errorText(error)) });
  }
}
