import { t } from '../src/text/t';
import type { KeepLinkWay } from './keep-link';
import type { PopupDeps } from './popup-state';

/** "Save for later": the link goes to the pool of collected links, in no issue yet. */
export function toPool(deps: PopupDeps): KeepLinkWay {
  return {
    working: t('savingForLater'),
    write: (fields) => deps.saveForLater(fields),
    // 'ready', not 'added': "Added" is the word; the Save button says "Saved".
    done: async () => ({ phase: 'ready', pooled: true, status: t('savedForLater') }),
    failed: (error) => t('notSavedForLater', error),
  };
}
