import type { FileProblem, IssueFileProblem, NewsletterSettings, SyncConflict } from '../../../src/core/sync';
import type { BackgroundSyncOutcome } from '../../../src/storage';
import type { SyncFailure } from '../../../src/sync/sync-failure';
import { fieldName } from '../../../src/text/field-names';
import { type MessageKey, t, tn } from '../../../src/text/t';

/** A failed sync in the curator's words: what went wrong, and that nothing of theirs changed. */
export function syncFailureText(failure: SyncFailure): string {
  switch (failure.code) {
    case 'wrongToken':
      return t('syncWrongToken');
    case 'noPermission':
      return t('syncNoPermission');
    case 'notFound':
      return t('syncNotFound');
    case 'serverError':
      return t('syncServerError', failure.status);
    case 'noAnswer':
      return t('syncNoAnswer');
    case 'unreachable':
      return t('syncUnreachable');
    case 'notGitServer':
      return t('syncNotGitServer');
    case 'unexpected':
      return t('syncUnexpected', failure.detail);
  }
}

/** How the worker's last sync ended, and when, for the status line. */
export function backgroundSyncText({ at, outcome }: { at: number; outcome: BackgroundSyncOutcome }): string {
  const when = new Intl.DateTimeFormat(t('langCode'), { dateStyle: 'short', timeStyle: 'short' }).format(at);
  switch (outcome.code) {
    case 'synced':
      return [t('syncBackgroundDone', when), ...(outcome.renamed ? [tn('syncRenamed', outcome.renamed)] : [])].join(' ');
    case 'publishedElsewhere':
      return t('syncBackgroundFailed', when, t('syncPublishedElsewhere', outcome.number));
    case 'stillMoving':
      return t('syncBackgroundFailed', when, t('syncStillMoving'));
    case 'failed':
      return t('syncBackgroundFailed', when, syncFailureText(outcome.failure));
  }
}

/** The paths of repository files that were not taken in, for one line under the status. */
export function fileProblemsText(problems: readonly (FileProblem | IssueFileProblem)[]): string {
  if (problems.length === 0) return '';
  return t('syncFileProblems', problems.map((p) => p.path).join(', '));
}

/** Each shared setting by the label Settings gives it. */
const SETTING_LABELS: Record<keyof NewsletterSettings, MessageKey> = {
  newsletterName: 'settingNewsletterName',
  issueUrlBase: 'settingIssueUrlBase',
  weekday: 'settingIssueDay',
  recurringSlot: 'settingRecurringSlot',
  headlineEmoji: 'headlineEmoji',
  fileNamePattern: 'fileNamePattern',
  templates: 'settingTemplates',
  sections: 'settingSections',
  exportTemplate: 'settingExportTemplate',
};

/** What a conflict is about, in one sentence before the version that was set aside. */
export function conflictText(conflict: SyncConflict): string {
  switch (conflict.kind) {
    case 'issueFile':
      return t('syncConflictIssue', conflict.number);
    case 'setting':
      return t(
        'syncConflictSetting',
        Object.hasOwn(SETTING_LABELS, conflict.field) ? t(SETTING_LABELS[conflict.field as keyof NewsletterSettings]) : conflict.field,
      );
    default:
      return t('syncConflict', fieldName(conflict.field), conflict.label);
  }
}

/** A set-aside or kept value as the list shows it: text as it is, any other setting as JSON. */
export function conflictValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** When a sync set a value aside, and the value in use instead (none for an issue file: the repository's text). */
export function keptAtText(at: number, won: string | null): string {
  const when = new Intl.DateTimeFormat(t('langCode'), { dateStyle: 'short', timeStyle: 'short' }).format(at);
  return won === null ? t('syncConflictWhen', when) : t('syncConflictWinner', when, won);
}
