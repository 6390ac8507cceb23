import { BACKUP_VERSION } from '../../../src/core/backup';
import { backupSettingsProblemText } from '../../../src/text/setting-problems';
import { t, tn, tParts } from '../../../src/text/t';
import { backupProblemText } from './backup-problem-text';
import type { BackupState, BackupStore } from './backup-store';
import { conflictText, countsText, formatWhen, planText, restoreNoteText, settingsRestoreText } from './backup-text';

/** Conflicts past this many are counted, not listed. */
const LISTED_CONFLICTS = 20;

/** A refused file's problems with their JSON paths, or the preview of a restore to confirm. */
export function BackupRestore({ state, backup }: { state: BackupState; backup: BackupStore }) {
  const { refused, pending, busy } = state;
  if (refused) {
    return (
      <div class="problems" role="alert" aria-label={t('backupProblems')}>
        <p>{tParts('notRestored', <strong>{refused.fileName}</strong>)}</p>
        <ul>
          {refused.problems.map((problem, i) => (
            <li key={i}>
              <code>{problem.path}</code> {backupProblemText(problem)}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (!pending) return null;
  const { file, fromVersion, settingsProblems, counts, mode, plan } = pending;
  const conflicts = plan.conflicts.slice(0, LISTED_CONFLICTS);
  return (
    <section class="restore-preview" aria-label={t('restorePreview')}>
      <p id="restore-summary">
        {fromVersion < BACKUP_VERSION
          ? tParts('backupMadeEarlier', <strong>{pending.fileName}</strong>, formatWhen(Date.parse(file.exportedAt)), String(fromVersion), countsText(counts))
          : tParts('backupMade', <strong>{pending.fileName}</strong>, formatWhen(Date.parse(file.exportedAt)), countsText(counts))}
      </p>
      <fieldset class="restore-mode">
        <legend>{t('howToRestore')}</legend>
        <label>
          <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => void backup.setMode('merge')} /> {t('restoreMerge')}
        </label>
        <span class="note">{t('restoreMergeNote')}</span>
        <label>
          <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => void backup.setMode('replace')} /> {t('restoreReplace')}
        </label>
        <span class="note">{t('restoreReplaceNote')}</span>
      </fieldset>
      <p id="restore-plan">{planText(plan)}</p>
      <p id="restore-settings">{settingsRestoreText(plan)}</p>
      {settingsProblems.length > 0 && (
        <div class="problems" role="group" aria-label={t('backupSettingsUnusable')}>
          <p>{t('backupSettingsUnusableIntro')}</p>
          <ul>
            {settingsProblems.map((problem, i) => (
              <li key={i}>
                <code>{problem.path}</code> {backupSettingsProblemText(problem)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.numberClashes.length > 0 && (
        <ul class="number-clashes" aria-label={t('restoreNumberClashes')}>
          {plan.numberClashes.map(({ number, kept }) => (
            <li key={number}>{t(kept === 'backup' ? 'restoreNumberClashBackup' : 'restoreNumberClashHere', number)}</li>
          ))}
        </ul>
      )}
      {plan.startedDraft && (
        <p class="note">
          {plan.startedDraft.date
            ? t('restoreStartsDraft', plan.startedDraft.number, plan.startedDraft.date)
            : t('restoreStartsDraftUndated', plan.startedDraft.number)}
        </p>
      )}
      {plan.notes.map((note, i) => (
        <p key={i} class="note">
          {restoreNoteText(note)}
        </p>
      ))}
      {plan.conflicts.length > 0 && (
        <>
          <p>{tn('conflictingRecords', plan.conflicts.length)}</p>
          <ul class="conflicts">
            {conflicts.map((conflict, i) => (
              <li key={i}>{t('backupConflictKept', conflictText(conflict.about), conflict.kept === 'backup' ? t('keptBackup') : t('keptHere'))}</li>
            ))}
            {plan.conflicts.length > conflicts.length && <li>{t('andMore', plan.conflicts.length - conflicts.length)}</li>}
          </ul>
        </>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void backup.confirm()}>
          {t('confirmRestore')}
        </button>
        <button type="button" disabled={busy} onClick={() => backup.cancel()}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
