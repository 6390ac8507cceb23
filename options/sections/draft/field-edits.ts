import { isDraftDate, isIssueNumber, storedUrlProblem } from '../../../src/core/issue-rules';
import type { IssueRef } from '../../../src/core/next-issue';
import type { IssueFields, ItemFields } from '../../../src/storage';
import { fieldName } from '../../../src/text/field-names';
import { t } from '../../../src/text/t';
import type { Autosave } from '../../../src/ui/autosave';
import type { Store } from '../../../src/ui/store';
import type { EditorDeps, EditorState } from './editor-store';
import { issueKey, itemKey } from './with-unsaved';

/**
 * Typing in the issue's and the items' fields: shown at once, written by autosave a field at a
 * time. `checkClash` is told of every new number.
 */
export function createFieldEdits(
  deps: Pick<EditorDeps, 'updateDraft' | 'updateItem'>,
  store: Store<EditorState>,
  autosave: Autosave,
  checkClash: (number: number) => Promise<void>,
) {
  function setIssueField<K extends keyof IssueFields>(field: K, value: IssueFields[K]) {
    const draft = store.get().draft;
    if (!draft) return;
    // Only what a backup of it restores is ever written (`issue-rules`); the fields flag the rest.
    if (field === 'number' && !isIssueNumber(value)) return;
    if (field === 'date' && !isDraftDate(value)) return;
    const id = draft.issue.id;
    store.set({ draft: { ...draft, issue: { ...draft.issue, [field]: value } } });
    if (field === 'number') void checkClash(value as number);
    autosave.schedule(issueKey(id, field), value, async () => {
      if ((await deps.updateDraft(id, { [field]: value })) === false) {
        store.set({ status: t('issueReplacedElsewhere', fieldName(field)) });
      }
    });
  }

  function setItemField<K extends keyof ItemFields>(id: string, field: K, value: string) {
    const draft = store.get().draft;
    if (!draft) return;
    if (field === 'url' && storedUrlProblem(value)) return;
    const items = draft.items.map((item) => (item.id === id ? { ...item, [field]: value } : item));
    store.set({ draft: { ...draft, items } });
    // Only this field is sent: the write patches the stored record, keeping fields other pages wrote.
    autosave.schedule(itemKey(id, field), value, async () => {
      if (!(await deps.updateItem(id, { [field]: value }))) {
        store.set({ status: t('itemDeletedElsewhere', fieldName(field)) });
      }
    });
  }

  /** Takes a suggested number and date (the next free place after the archive) in one go. */
  function takeNumber({ number, date }: IssueRef) {
    setIssueField('number', number);
    setIssueField('date', date);
    store.set({ status: t('renumbered', number, date) });
  }

  return { setIssueField, setItemField, takeNumber };
}
