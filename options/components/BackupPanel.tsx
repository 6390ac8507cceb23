import { useEffect, useRef } from 'preact/hooks';
import { describeLastBackup, formatWhen } from '../../src/core/backup';
import type { Persistence } from '../../src/storage';
import { useStore } from '../../src/ui/store';
import type { BackupStore } from '../backup-store';
import { BackupRestore } from './BackupRestore';

const PERSISTENCE: Record<Persistence, string> = {
  persisted: 'The browser has agreed to keep this data even when the disk runs low.',
  'best-effort': 'The browser may clear this data if the disk runs very low: keep a backup.',
  unsupported: 'This browser makes no promise to keep the data when the disk runs low: keep a backup.',
};

/** Backup and restore: one JSON file out; a file in, checked whole, previewed, then merged or replacing. */
export function BackupPanel({ backup }: { backup: BackupStore }) {
  const state = useStore(backup.store);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => void backup.load(), [backup]);

  return (
    <main class="wide backup" aria-labelledby="backup-heading">
      <div class="section-bar">
        <h2 id="backup-heading">Backup and restore</h2>
      </div>
      <p class="status" role="status" aria-live="polite">
        {state.message}
      </p>
      {state.error && (
        <p class="error" role="alert">
          {state.error}
        </p>
      )}
      <h3>Back up</h3>
      <p id="last-backup">{state.status ? describeLastBackup(state.status.lastBackupAt, state.status.itemsSince) : ''}</p>
      <p class="note">
        One JSON file with every issue, item and half-written blurb, and the settings. Keep it somewhere other than this browser's profile.
      </p>
      <button type="button" class="primary" disabled={state.busy} onClick={() => void backup.download()}>
        Download backup
      </button>
      {state.persistence && <p class="note">{PERSISTENCE[state.persistence]}</p>}

      <h3>Restore</h3>
      <p class="note">The whole file is checked before anything is written; you see what it holds and confirm first.</p>
      <button type="button" disabled={state.busy} onClick={() => input.current?.click()}>
        Restore from file
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Backup file to restore"
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
          <h3>Snapshots kept before a replace</h3>
          <ul class="snapshots">
            {state.snapshots.map((snapshot) => (
              <li key={snapshot.id}>
                {formatWhen(snapshot.takenAt)} ({snapshot.items} items){' '}
                <button type="button" class="small" onClick={() => void backup.downloadSnapshot(snapshot.id)}>
                  Download snapshot
                </button>{' '}
                <button type="button" class="small" disabled={state.busy} onClick={() => void backup.chooseSnapshot(snapshot.id)}>
                  Restore snapshot
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
