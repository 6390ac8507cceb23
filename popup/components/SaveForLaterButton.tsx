import { blockerOf } from '../../src/core/clip';
import { itemBlockerText } from '../../src/text/item-blocker-text';
import { t } from '../../src/text/t';
import type { PopupState } from '../popup-state';
import type { PopupStore } from '../popup-store';

interface Props {
  state: PopupState;
  popup: PopupStore;
}

/**
 * "Save for later", beside "Add to issue": the link goes to the collected links. It comes with the
 * popup's late chunk, once the tab's title and URL are in, so the first load leaves it out.
 */
export function SaveForLaterButton({ state, popup }: Props) {
  const blocker = itemBlockerText(blockerOf(state));
  const taken = state.phase === 'adding' || state.phase === 'added' || state.itemId !== null;
  return (
    <button
      type="button"
      class="later"
      disabled={taken}
      title={blocker || (state.quickTarget === 'pool' ? t('keyCtrlEnter') : undefined)}
      onClick={() => void popup.saveForLater()}
    >
      {state.pooled ? t('savedButton') : t('saveForLater')}
    </button>
  );
}
