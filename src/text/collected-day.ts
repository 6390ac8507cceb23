import { t } from './t';

/** When a link was collected, as a day of the month and the month's short name: "30 Nov", "30. Nov.". */
export function collectedDay(at: number): string {
  return new Intl.DateTimeFormat(t('langCode'), { day: 'numeric', month: 'short' }).format(at);
}
