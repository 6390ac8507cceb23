import { t } from './t';

/** "edited on 2 Dec 2026": when a published issue was last corrected, in the page's language. */
export function editedOn(at: number): string {
  return t('editedOn', new Intl.DateTimeFormat(t('langCode'), { day: 'numeric', month: 'short', year: 'numeric' }).format(at));
}
