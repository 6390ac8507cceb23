import { t } from '../../../src/text/t';
import type { SaveState } from '../../../src/ui/autosave';

/** Autosave, told honestly: "Saved" only after the write has committed; a failure says why, and is retried. */
export function EditorSaveState({ save, error }: { save: SaveState; error: string }) {
  // A live region without the status role: the section's status line keeps that role for itself.
  return (
    <p class={save === 'failed' ? 'save-state failed' : 'save-state'} aria-live="polite" data-testid="save-state">
      {save === 'saving' && t('saving')}
      {save === 'saved' && t('saved')}
      {save === 'failed' && t('notSavedRetryingEditor', error)}
    </p>
  );
}
