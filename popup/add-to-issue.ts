import { t } from '../src/text/t';
import type { KeepLinkWay } from './keep-link';
import type { PopupDeps, PopupState } from './popup-state';

/** "Add to issue": the link goes into the draft, and the popup says at which place. */
export function toIssue(deps: PopupDeps, source: PopupState['source']): KeepLinkWay {
  return {
    working: t('adding'),
    write: (fields) => deps.addItem(fields),
    done: async (record) => {
      const draft = await deps.loadDraft();
      // Its place, not the count: a recurring last slot keeps new items in before it.
      const place = draft.items.findIndex((item) => item.id === record.id) + 1 || draft.items.length;
      return { phase: 'added', draft, status: t(source === 'tab' ? 'addedAsItemFromTab' : 'addedAsItem', draft.issue.number, place) };
    },
    failed: (error) => t('notAdded', error),
  };
}
