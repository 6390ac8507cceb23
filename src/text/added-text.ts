import { collectedDay } from './collected-day';
import { t } from './t';

/** When a link was added and by whom: "Added 2 Dec by Ana", or "Added 2 Dec" when no name was set. */
export function addedText(at: number, by: string | undefined): string {
  const day = collectedDay(at);
  return by ? t('addedOnBy', day, by) : t('addedOn', day);
}
