// The Backup section's words for what core counts and plans (src/core/backup): when the last
// backup was made, what a file holds, what a restore will do, and its conflicts and notes.
import type { BackupCounts, ConflictSubject, RestoreNote, RestorePlan, StoreChanges } from '../../../src/core/backup';
import type { BackupStatus } from '../../../src/storage';
import { settingNameInSentence } from '../../../src/text/setting-names';
import { type MessageKey, t, tn } from '../../../src/text/t';

/** A moment in the UI's language and the curator's time zone: "May 3, 2026, 2:02 PM", "03.05.2026, 14:02". */
export function formatWhen(ms: number): string {
  return new Intl.DateTimeFormat(t('langCode'), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/**
 * "Last backup: May 3, 2026, 2:02 PM; 12 items added since.", "No backup yet: 3 items are in no
 * backup." or, past the count's limit, "No backup yet: more than 1000 items are in no backup."
 */
export function lastBackupText({ lastBackupAt, itemsSince, moreSince }: BackupStatus): string {
  if (lastBackupAt === null) {
    if (moreSince) return t('backupNoneMore', itemsSince);
    return itemsSince === 0 ? t('backupNone') : tn('backupNoneItems', itemsSince);
  }
  const when = formatWhen(lastBackupAt);
  if (moreSince) return t('backupLastMore', when, itemsSince);
  return itemsSince === 0 ? t('backupLast', when) : tn('backupLastItems', itemsSince, when);
}

/** "2 published issues (14 items), the draft #118 with 3 items, 5 collected links, 1 half-written blurb." */
export function countsText({ published, archivedItems, draft, pooled, clips }: BackupCounts): string {
  const draftText = draft ? tn('backupCountsDraft', draft.items, draft.number) : t('backupCountsNoDraft');
  const counts = [tn('backupCountsPublished', published), tn('itemCount', archivedItems), draftText, tn('backupCountsClips', clips)];
  return pooled === 0 ? t('backupCounts', ...counts) : t('backupCountsWithPool', ...counts, tn('backupCountsPooled', pooled));
}

const changesText = (key: MessageKey, { added, updated, removed }: StoreChanges) => (added + updated + removed === 0 ? null : t(key, added, updated, removed));

/** What confirming will do, store by store: "Items: 3 added, 1 updated, 0 removed. …" */
export function planText(plan: RestorePlan): string {
  const parts = [
    changesText('backupPlanIssues', plan.changes.issues),
    changesText('backupPlanItems', plan.changes.items),
    changesText('backupPlanClips', plan.changes.clips),
    plan.settings.restored ? t('backupPlanSettings', plan.settings.differ.length) : null,
  ].filter((part) => part !== null);
  return parts.length === 0 ? t('backupPlanNothing') : `${parts.join('. ')}.`;
}

/** What happens to the settings, and why: a replace takes the backup's, a merge keeps those here. */
export function settingsRestoreText(plan: RestorePlan): string {
  const { inBackup, differ, restored } = plan.settings;
  if (!inBackup) return t('backupSettingsNone');
  if (differ.length === 0) return t('backupSettingsSame');
  const names = differ.map(settingNameInSentence).join(', ');
  return restored ? t('backupSettingsReplaced', names) : t('backupSettingsKept', names);
}

/** The record a conflict is about: "the item “Kyverno 1.12”", "issue #93, as a whole". */
export function conflictText(about: ConflictSubject): string {
  switch (about.code) {
    case 'issueFields':
      return about.number === null ? t('backupConflictDraftFields') : t('backupConflictIssueFields', about.number);
    case 'wholeIssue':
      return t('backupConflictWholeIssue', about.number);
    case 'item':
      return t('backupConflictItem', about.title);
    case 'clip':
      return t('backupConflictClip', about.page);
  }
}

/** What a merge did beyond adding and updating, as a sentence. */
export function restoreNoteText(note: RestoreNote): string {
  return note.code === 'draftReplacesBlank' ? t('backupNoteDraftReplacesBlank', note.number) : tn('backupNoteDraftItemsAdded', note.count);
}
