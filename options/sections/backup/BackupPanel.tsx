import { useEffect, useRef } from 'preact/hooks';
import type { Persistence } from '../../../src/storage';
import { type MessageKey, t, tn } from '../../../src/text/t';
import { useStore } from '../../../src/ui/store';
import { BackupProgress } from './BackupProgress';
import { BackupRestore } from './BackupRestore';
import type { BackupStore } from './backup-store';
import { formatWhen, lastBackupText } from './backup-text';

const PERSISTENCE: Record<Persistence, MessageKey> = {
  persisted: 'persistencePersisted',
  'best-effort': 'persistenceBestEffort',
  unsupported: 'persistenceUnsupported',
};

/** Backup and restore: one JSON file out; a file in, checked whole, previewed, then merged or replacing. */
export function BackupPanel({ backup }: { backup: BackupStore }) {
  const state = useStore(backup.store);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => void backup.load(), [backup]);

  return (
    <main class="wide backup" aria-labelledby="backup-heading">
      <div class="section-bar">
        <h2 id="backup-heading">{t('backupAndRestore')}</h2>
      </div>
      <p class="status" role="status" aria-live="polite">
        {state.message}
      </p>
      <BackupProgress progress={state.progress} label={state.message} />
      {state.error && (
        <p class="error" role="alert">
          {state.error}
        </p>
      )}
      <h3>{t('backUp')}</h3>
      <p id="last-backup">{state.status ? lastBackupText(state.status) : ''}</p>
      <p class="note">{t('backupNote')}</p>
      <button type="button" class="primary" disabled={state.busy} onClick={() => void backup.download()}>
        {t('downloadBackup')}
      </button>
      {state.persistence && <p class="note">{t(PERSISTENCE[state.persistence])}</p>}

      <h3>{t('restoreHeading')}</h3>
      <p class="note">{t('restoreNote')}</p>
      <button type="button" disabled={state.busy} onClick={() => input.current?.click()}>
        {t('restoreFromFile')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t('backupFileToRestore')}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again is seen as a change.
          event.currentTarget.value = '';
          if (file) void backup.chooseFile(file);
        }}
      />
      <BackupRestore state={state} backup={backup} />

      {state.snapshots.length > 0 && (
        <>
          <h3>{t('snapshotsHeading')}</h3>
          <ul class="snapshots">
            {state.snapshots.map((snapshot) => (
              <li key={snapshot.id}>
                {t('snapshotLine', formatWhen(snapshot.takenAt), tn('itemCount', snapshot.items))}{' '}
                <button type="button" class="small" onClick={() => void backup.downloadSnapshot(snapshot.id)}>
                  {t('downloadSnapshot')}
                </button>{' '}
                <button type="button" class="small" disabled={state.busy} onClick={() => void backup.chooseSnapshot(snapshot.id)}>
                  {t('restoreSnapshot')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
