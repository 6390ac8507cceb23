import type { ArchivedIssueRecords, PublishedEdit } from '../../../src/storage';
import { draftToIssue } from '../../../src/storage';
import { t } from '../../../src/text/t';
import type { Store } from '../../../src/ui/store';
import type { ArchiveDeps, ArchiveState, EditableItemField, IssueEdit } from './archive-store';

/** What changed between the stored records and the edit: only those fields are written. */
function changesOf({ issue, items }: ArchivedIssueRecords, edit: IssueEdit): PublishedEdit {
  const stored = new Map(items.map((item) => [item.id, item]));
  return {
    issue: {
      ...(edit.headline !== issue.headline ? { headline: edit.headline } : {}),
      ...(edit.intro !== issue.intro ? { intro: edit.intro } : {}),
    },
    items: edit.items.flatMap((item) => {
      const before = stored.get(item.id);
      if (!before) return [];
      const changed = (['title', 'url', 'commentary'] as const).filter((field) => item[field] !== before[field]);
      return changed.length === 0 ? [] : [{ id: item.id, ...Object.fromEntries(changed.map((field) => [field, item[field]])) }];
    }),
  };
}

type IssueDeps = Pick<ArchiveDeps, 'getIssue' | 'archiveNeighbours' | 'editPublishedIssue'>;

/** One archived issue, shown read-only with the issues beside it, or reopened to fix a typo. */
export function createArchivedIssue(deps: IssueDeps, store: Store<ArchiveState>, fail: (what: string) => (error: unknown) => void) {
  /** Shows issue `number` read-only, with the numbers beside it; a later call wins over one still loading. */
  async function open(number: number) {
    // Where the list's page was is no news on an issue's page.
    store.set({ open: { number, issue: null, records: null, loading: true }, editing: null, status: '' });
    try {
      const [found, beside] = await Promise.all([deps.getIssue(number), deps.archiveNeighbours(number)]);
      if (store.get().open?.number !== number) return;
      store.set({ open: { number, issue: found ? draftToIssue(found) : null, records: found, loading: false, ...beside } });
    } catch (error) {
      fail(t('cantOpenIssue', number))(error);
    }
  }

  /** Reopens the open issue to fix a typo: its fields and items become editable in place. */
  function startEdit() {
    const records = store.get().open?.records;
    if (!records) return;
    const { headline, intro } = records.issue;
    // The last save's "saved" is no news once the issue is being edited again.
    store.set({
      editing: { headline, intro, items: records.items.map(({ id, title, url, commentary }) => ({ id, title, url, commentary })) },
      error: '',
      status: '',
    });
  }

  function editIssue(field: 'headline' | 'intro', value: string) {
    store.set(({ editing }) => ({ editing: editing && { ...editing, [field]: value } }));
  }

  function editItem(id: string, field: EditableItemField, value: string) {
    store.set(({ editing }) => ({
      editing: editing && { ...editing, items: editing.items.map((item) => (item.id === id ? { ...item, [field]: value } : item)) },
    }));
  }

  /** Writes what changed to the archived records and shows the issue again, its export with it. */
  async function saveEdit() {
    const { open: shown, editing } = store.get();
    if (!shown?.records || !editing) return;
    const changes = changesOf(shown.records, editing);
    try {
      if (Object.keys(changes.issue).length > 0 || changes.items.length > 0) {
        const saved = await deps.editPublishedIssue(shown.records.issue.id, changes);
        if (!saved) throw new Error(t('issueNotPublished', shown.number));
      }
      await open(shown.number);
      store.set({ status: t('issueEditSaved', shown.number) });
    } catch (error) {
      fail(t('cantSaveIssue', shown.number))(error);
    }
  }

  return {
    open,
    startEdit,
    editIssue,
    editItem,
    saveEdit,
    cancelEdit: () => store.set({ editing: null, error: '' }),
    // What was said about the issue (saved, copied) is not said of the list.
    close: () => store.set({ open: null, editing: null, status: '' }),
  };
}
