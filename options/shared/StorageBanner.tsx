import { t } from '../../src/text/t';
import type { StorageState } from '../sections/draft/editor-store';

/** The page's connection when it is not simply working: waiting on another tab, or stopped for an update. */
export function StorageBanner({ storage }: { storage: StorageState }) {
  if (storage === 'blocked') {
    return (
      <p class="error banner" role="alert">
        {t('blockedEditor')}
      </p>
    );
  }
  if (storage === 'reload') {
    return (
      <p class="error banner" role="alert">
        {t('updatedElsewhereEditor')}{' '}
        <button type="button" onClick={() => location.reload()}>
          {t('reloadPage')}
        </button>
      </p>
    );
  }
  return null;
}
