import {
  type BackupCounts,
  type BackupData,
  type BackupFile,
  type BackupProblem,
  type BackupSettingsProblem,
  backupFileName,
  countBackup,
  type RestoreMode,
  type RestorePlan,
} from '../../../src/core/backup';
import type { BackupProgress, BackupStatus, Persistence, RestoreOutcome, SnapshotSummary } from '../../../src/storage';
import { t, tn } from '../../../src/text/t';
import { errorText } from '../../../src/ui/error-text';
import { createStore } from '../../../src/ui/store';
import { formatWhen } from './backup-text';
import type { Pacer } from './pacer';
import { type BackupSource, readBackupFile } from './read-backup-file';

/** What the backup section needs from outside; UI tests pass an in-memory database. */
export interface BackupDeps {
  /** The backup file of everything, written in batches; `onProgress` hears of each. */
  writeBackup(onProgress: BackupProgress): Promise<Blob>;
  markBackedUp(at: number): Promise<void>;
  backupStatus(): Promise<BackupStatus>;
  previewRestore(data: BackupData, mode: RestoreMode): Promise<RestorePlan>;
  /** Writes the restore in one transaction (after the page's own pending edits are written). */
  restore(data: BackupData, mode: RestoreMode, onProgress: BackupProgress): Promise<RestoreOutcome>;
  listSnapshots(): Promise<SnapshotSummary[]>;
  loadSnapshot(id: string): Promise<Blob | undefined>;
  download(fileName: string, blob: Blob): void;
  persistence(): Promise<Persistence>;
  now?(): number;
  /** When reading a file gives the page its turn; tests pass one with a fake clock. */
  pacer?(): Pacer;
}

/** A file read and checked whole, waiting for the curator's confirmation. */
export interface PendingRestore {
  fileName: string;
  file: BackupFile;
  fromVersion: number;
  /** Settings in the file that can't be used (their defaults take their place). */
  settingsProblems: BackupSettingsProblem[];
  counts: BackupCounts;
  mode: RestoreMode;
  /** What confirming would do to the data as it is now. */
  plan: RestorePlan;
}

export interface BackupState {
  status: BackupStatus | null;
  persistence: Persistence | null;
  snapshots: SnapshotSummary[];
  /** The file that was refused, and every problem found in it; nothing was written. */
  refused: { fileName: string; problems: BackupProblem[] } | null;
  pending: PendingRestore | null;
  /** The snapshot a replace just took, offered for download. */
  replacedSnapshot: string | null;
  busy: boolean;
  /** How far the backup, the reading or the restore under way is: records (or bytes) done of all. */
  progress: { done: number; total: number } | null;
  message: string;
  error: string;
}

export type BackupStore = ReturnType<typeof createBackupStore>;

/** "Restored: 3 items added, 1 updated." */
function outcomeMessage({ plan, snapshotId }: RestoreOutcome): string {
  const { items, issues } = plan.changes;
  const done = t(
    'restoreChanges',
    tn('itemCount', items.added),
    tn('issueCount', issues.added),
    items.updated + issues.updated,
    items.removed + issues.removed,
  );
  return t(plan.mode === 'replace' && snapshotId ? 'restoredReplace' : 'restoredMerge', done);
}

export function createBackupStore(deps: BackupDeps) {
  const store = createStore<BackupState>({
    status: null,
    persistence: null,
    snapshots: [],
    refused: null,
    pending: null,
    replacedSnapshot: null,
    busy: false,
    progress: null,
    message: '',
    error: '',
  });
  const now = () => deps.now?.() ?? Date.now();
  const onProgress = (done: number, total: number) => store.set({ progress: { done, total } });

  async function load() {
    try {
      const [status, snapshots, persistence] = await Promise.all([deps.backupStatus(), deps.listSnapshots(), deps.persistence()]);
      store.set({ status, snapshots, persistence });
    } catch (error) {
      store.set({ error: t('cantReadBackupStatus', errorText(error)) });
    }
  }

  /** Everything into one JSON file in the browser's downloads; then "last backup" is now. */
  async function download() {
    store.set({ busy: true, progress: null, message: t('preparingBackup'), error: '' });
    try {
      const at = now();
      const file = await deps.writeBackup(onProgress);
      deps.download(backupFileName(at), file);
      await deps.markBackedUp(at);
      store.set({ busy: false, progress: null, message: t('backupDownloaded', backupFileName(at)) });
      await load();
    } catch (error) {
      store.set({ busy: false, progress: null, message: '', error: t('noBackupMade', errorText(error)) });
    }
  }

  /** Reads and checks the whole file (a record at a time); shows its problems, or a preview to confirm. Writes nothing. */
  async function chooseFile(picked: BackupSource) {
    store.set({ busy: true, progress: null, refused: null, pending: null, replacedSnapshot: null, message: t('readingFile', picked.name), error: '' });
    try {
      const reading = await readBackupFile(picked, onProgress, deps.pacer?.());
      if (!reading.ok) {
        store.set({ busy: false, progress: null, message: '', refused: { fileName: picked.name, problems: reading.problems } });
        return;
      }
      const plan = await deps.previewRestore(reading.file.data, 'merge');
      const counts = countBackup(reading.file.data);
      const { file, fromVersion, settingsProblems } = reading;
      const pending: PendingRestore = { fileName: picked.name, file, fromVersion, settingsProblems, counts, mode: 'merge', plan };
      store.set({ busy: false, progress: null, message: '', pending });
    } catch (error) {
      store.set({ busy: false, progress: null, message: '', error: t('cantReadFile', picked.name, errorText(error)) });
    }
  }

  async function setMode(mode: RestoreMode) {
    const pending = store.get().pending;
    if (!pending || pending.mode === mode) return;
    try {
      store.set({ pending: { ...pending, mode, plan: await deps.previewRestore(pending.file.data, mode) } });
    } catch (error) {
      store.set({ error: t('cantPreviewRestore', errorText(error)) });
    }
  }

  /** Writes the previewed restore in one transaction; on failure nothing changed, and it says so. */
  async function confirm() {
    const { pending, busy } = store.get();
    if (!pending || busy) return;
    store.set({ busy: true, progress: null, message: t('restoring'), error: '' });
    try {
      const outcome = await deps.restore(pending.file.data, pending.mode, onProgress);
      store.set({ busy: false, progress: null, pending: null, replacedSnapshot: outcome.snapshotId, message: outcomeMessage(outcome) });
      await load();
    } catch (error) {
      store.set({ busy: false, progress: null, message: '', error: t('nothingRestored', errorText(error)) });
    }
  }

  function cancel() {
    store.set({ pending: null, refused: null, message: t('restoreCancelled'), error: '' });
  }

  const takenAt = (id: string) => store.get().snapshots.find((snapshot) => snapshot.id === id)?.takenAt ?? now();

  /** A kept snapshot as a backup file in the downloads. */
  async function downloadSnapshot(id: string) {
    const file = await deps.loadSnapshot(id).catch(() => undefined);
    if (!file) return store.set({ error: t('snapshotGone') });
    deps.download(backupFileName(takenAt(id)).replace('-backup-', '-snapshot-'), file);
  }

  /** Offers a kept snapshot for restoring, through the same checks and preview as a file. */
  async function chooseSnapshot(id: string) {
    const file = await deps.loadSnapshot(id).catch(() => undefined);
    if (!file) return store.set({ error: t('snapshotGone') });
    await chooseFile(Object.assign(file, { name: t('snapshotOf', formatWhen(takenAt(id))) }));
  }

  return { store, load, download, chooseFile, chooseSnapshot, setMode, confirm, cancel, downloadSnapshot };
}
