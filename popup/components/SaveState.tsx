import { t } from '../../src/text/t';
import type { PopupState } from '../popup-state';

/** Autosave, told honestly: "Saved" appears only after the write has committed. */
export function SaveState({ saved, error }: { saved: PopupState['saved']; error: string }) {
  if (saved === 'idle') return null;
  if (saved === 'failed') {
    return (
      <span class="save-state failed" role="alert">
        {t('notSavedRetrying', error)}
      </span>
    );
  }
  return <span class="save-state">{saved === 'saving' ? t('saving') : t('saved')}</span>;
}
