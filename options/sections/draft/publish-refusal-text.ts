import type { PublishRefusal } from '../../../src/storage';
import { t } from '../../../src/text/t';

/** Why "Mark as published" was refused, in the curator's language. */
export function publishRefusalText(reason: PublishRefusal): string {
  switch (reason.code) {
    case 'noItems':
      return t('publishNoItems');
    case 'numberArchived':
      return t('publishNumberArchived', reason.number);
    case 'noDate':
      return t('publishNoDate');
  }
}
