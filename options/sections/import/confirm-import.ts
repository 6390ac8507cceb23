import { planImport } from '../../../src/core/import';
import { t } from '../../../src/text/t';
import { errorText } from '../../../src/ui/error-text';
import type { Store } from '../../../src/ui/store';
import { importMessage } from './import-message';
import type { ImportDeps, ImportRun, ImportState } from './import-store';

/**
 * Writes the previewed import in one transaction, showing how far it is; then `done` starts
 * afresh with the outcome's status, once `forgetArchive` has dropped the clashes it made stale.
 */
export async function confirmImport(
  deps: Pick<ImportDeps, 'importIssues'>,
  store: Store<ImportState>,
  progress: Store<{ progress: ImportRun | null }>,
  pause: () => Promise<void>,
  after: { forgetArchive(): void; done(status: string): void },
) {
  const { preview, choices, busy } = store.get();
  if (!preview || busy) return;
  const plan = planImport(preview, choices);
  if (plan.entries.length === 0) return store.set({ status: t('nothingToImport') });
  store.set({ busy: true, status: t('importing'), error: '' });
  try {
    const outcome = await deps.importIssues(plan, { onProgress: (run) => progress.set({ progress: run }), pause });
    after.forgetArchive();
    progress.set({ progress: null });
    after.done(importMessage(plan, outcome));
  } catch (error) {
    progress.set({ progress: null });
    store.set({ busy: false, status: '', error: t('nothingImported', errorText(error)) });
  }
}
