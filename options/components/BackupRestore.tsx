import { BACKUP_VERSION, describeCounts, describePlan, describeSettingsRestore, formatWhen } from '../../src/core/backup';
import type { BackupState, BackupStore } from '../backup-store';

/** Conflicts past this many are counted, not listed. */
const LISTED_CONFLICTS = 20;

/** A refused file's problems with their JSON paths, or the preview of a restore to confirm. */
export function BackupRestore({ state, backup }: { state: BackupState; backup: BackupStore }) {
  const { refused, pending, busy } = state;
  if (refused) {
    return (
      <div class="problems" role="alert" aria-label="Backup problems">
        <p>
          <strong>{refused.fileName}</strong> was not restored, and nothing was changed:
        </p>
        <ul>
          {refused.problems.map((problem, i) => (
            <li key={i}>
              <code>{problem.path}</code> {problem.message}
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
    <section class="restore-preview" aria-label="Restore preview">
      <p id="restore-summary">
        <strong>{pending.fileName}</strong>, made {formatWhen(Date.parse(file.exportedAt))}
        {fromVersion < BACKUP_VERSION ? ` by an earlier version (schema ${fromVersion})` : ''}: {describeCounts(counts)}
      </p>
      <fieldset class="restore-mode">
        <legend>How to restore</legend>
        <label>
          <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => void backup.setMode('merge')} /> Merge
        </label>
        <span class="note">keeps everything here and adds the backup's; where both hold a record, the newer edit wins. The settings here stay.</span>
        <label>
          <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => void backup.setMode('replace')} /> Replace
        </label>
        <span class="note">makes everything exactly the backup, settings too; a snapshot of what is here now is kept first.</span>
      </fieldset>
      <p id="restore-plan">{describePlan(plan)}</p>
      <p id="restore-settings">{describeSettingsRestore(plan)}</p>
      {settingsProblems.length > 0 && (
        <div class="problems" role="group" aria-label="Backup settings that can't be used">
          <p>Some of the backup's settings can't be used (the rest of the backup can):</p>
          <ul>
            {settingsProblems.map((problem, i) => (
              <li key={i}>
                <code>{problem.path}</code> {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.notes.map((note, i) => (
        <p key={i} class="note">
          {note}
        </p>
      ))}
      {plan.conflicts.length > 0 && (
        <>
          <p>Both hold different versions of {plan.conflicts.length === 1 ? 'one record' : `${plan.conflicts.length} records`}; the newer is kept:</p>
          <ul class="conflicts">
            {conflicts.map((conflict, i) => (
              <li key={i}>
                {conflict.what}: {conflict.kept === 'backup' ? "the backup's version" : 'the version here'}
              </li>
            ))}
            {plan.conflicts.length > conflicts.length && <li>and {plan.conflicts.length - conflicts.length} more</li>}
          </ul>
        </>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void backup.confirm()}>
          Confirm restore
        </button>
        <button type="button" disabled={busy} onClick={() => backup.cancel()}>
          Cancel
        </button>
      </div>
    </section>
  );
}
