import { t } from '../../../src/text/t';

/** Sunday first (0, as Date.getDay counts), named in the UI's language: 4 January 2026 was a Sunday. */
export const weekdayNames = (): string[] => {
  const name = new Intl.DateTimeFormat(t('langCode'), { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, n) => name.format(Date.UTC(2026, 0, 4 + n)));
};
