// What keeps an item out of the issue (src/core/clip blockerOf), in the curator's language, for
// the popup and the toolbar badge alike.
import type { ItemBlocker } from '../core/clip';
import { t } from './t';

/** The problem that keeps an item from being added, or '' when nothing does. */
export function itemBlockerText(blocker: ItemBlocker | null): string {
  return blocker === 'noTitle' ? t('blockerNoTitle') : blocker === 'notWeb' ? t('blockerNotWeb') : '';
}
