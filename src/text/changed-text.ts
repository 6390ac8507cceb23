import type { ItemRecord } from '../core/model';
import { t } from './t';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long before `now` a time was, in the page's language: "5 min. ago", "vor 2 Std.". */
function ago(at: number, now: number): string {
  const format = new Intl.RelativeTimeFormat(t('langCode'), { numeric: 'auto', style: 'short' });
  const since = Math.max(0, now - at);
  if (since < HOUR) return format.format(-Math.floor(since / MINUTE), 'minute');
  if (since < DAY) return format.format(-Math.floor(since / HOUR), 'hour');
  return format.format(-Math.floor(since / DAY), 'day');
}

/**
 * Who last changed an item's words and when, to follow "Added … by …": "changed by Ben, 5 min.
 * ago" when it was someone other than the adder, "changed 5 min. ago" otherwise; '' when its
 * words have not changed since it was added.
 */
export function changedText(item: Pick<ItemRecord, 'addedBy' | 'changedBy' | 'changedAt'>, now: number): string {
  if (!item.changedAt) return '';
  const when = ago(item.changedAt, now);
  return item.changedBy && item.changedBy !== item.addedBy ? t('changedByAgo', item.changedBy, when) : t('changedAgo', when);
}
