import { t } from '../../../src/text/t';
import type { Autosave } from '../../../src/ui/autosave';
import { errorText } from '../../../src/ui/error-text';
import type { Store } from '../../../src/ui/store';
import type { EditorDeps, EditorState } from './editor-store';
import { withUnsaved } from './with-unsaved';

/** Where the draft is now, for the status line. */
const draftNowText = ({ number, date }: { number: number; date: string }) => (date ? t('draftNowIs', number, date) : t('draftNowIsUndated', number));

type LoaderDeps = Pick<EditorDeps, 'loadDraft' | 'archivedIssueRef' | 'archiveTip' | 'backupStatus'>;

/** The editor's reads: the draft with this page's unsaved edits over it, whether its number is archived, the backup reminder. */
export function createDraftLoader(deps: LoaderDeps, store: Store<EditorState>, autosave: Autosave) {
  let loads = 0;
  let clashChecks = 0;

  /**
   * Whether an archived issue has `number`: one index read. Only when one has is the archive's tip
   * read, for the next free place to offer; an answer for a number since changed is dropped.
   */
  async function checkClash(number: number) {
    const ticket = ++clashChecks;
    const taken = (await deps.archivedIssueRef?.(number).catch(() => null)) ?? null;
    const tip = taken ? await (deps.archiveTip?.() ?? Promise.resolve([])).catch(() => []) : [];
    if (ticket === clashChecks) store.set({ clash: taken ? { taken, tip } : null });
  }

  /** The draft; then whether its number is archived, and the backup reminder's count. Resolves once all are in. */
  async function load() {
    const ticket = ++loads;
    try {
      const draft = await deps.loadDraft();
      // A slower, older load never replaces what a newer one showed.
      if (ticket !== loads) return;
      const before = store.get().draft?.issue;
      const shown = withUnsaved(draft, autosave.unsavedValues());
      // Publishing, an import or a restore moved the draft: what the status line said of it is stale now.
      const moved = before !== undefined && (before.number !== shown.issue.number || before.date !== shown.issue.date);
      store.set({ draft: shown, error: '', ...(moved ? { status: draftNowText(shown.issue) } : {}) });
    } catch (error) {
      if (ticket === loads) store.set({ error: t('cantOpenDraft', errorText(error)) });
      return;
    }
    const clash = checkClash(store.get().draft!.issue.number);
    // Asked only now: it counts every item ever stored (the whole archive), and the draft used to
    // wait for it, about 15 ms with the 133-issue archive. Without it there is just no reminder.
    if (deps.backupStatus) {
      const backup = await deps.backupStatus().catch(() => null);
      if (ticket === loads) store.set({ backup });
    }
    await clash;
  }

  /** Another page changed the data: write what is pending here first, so no edit is lost. */
  async function reload() {
    await autosave.flush();
    await load();
  }

  return { checkClash, load, reload };
}
