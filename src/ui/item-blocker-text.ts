// What keeps an item out of the issue (src/core/clip blockerOf), in the curator's language, for
// the popup and the toolbar badge alike; core keeps the English wording in itemBlocker.
import { blockerOf } from '../core/clip';
import { t } from '../text/t';

/** The problem that keeps `item` from being added, or '' when it can be. */
export function blockerText(item: { title: string; url: string }): string {
  const blocker = blockerOf(item);
  return blocker === 'noTitle' ? t('blockerNoTitle') : blocker === 'notWeb' ? t('blockerNotWeb') : '';
}
