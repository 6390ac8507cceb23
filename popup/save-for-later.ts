import { t } from '../src/text/t';
import type { Store } from '../src/ui/store';
import { keepLink } from './keep-link';
import type { PopupAutosave } from './popup-autosave';
import type { PopupDeps, PopupState } from './popup-state';

/** "Save for later": the link goes to the pool of collected links, in no issue yet. */
export function saveForLater(
  deps: PopupDeps,
  store: Store<PopupState>,
  pageUrl: string,
  autosave: Pick<PopupAutosave, 'save' | 'settled'>,
  checkFeatured: () => Promise<void>,
): Promise<void> {
  return keepLink(deps, store, pageUrl, autosave, checkFeatured, {
    working: t('savingForLater'),
    write: (fields) => deps.saveForLater(fields),
    // 'ready', not 'added': "Added" is the word; the Save button says "Saved".
    done: async () => ({ phase: 'ready', pooled: true, status: t('savedForLater') }),
    failed: (error) => t('notSavedForLater', error),
  });
}
