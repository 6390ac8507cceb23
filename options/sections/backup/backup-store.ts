import {
  type BackupCounts,
  type BackupData,
  type BackupFile,
  type BackupProblem,
  type BackupSettingsProblem,
  backupFileName,
  countBackup,
  MAX_BACKUP_CHARS,
  type RestoreMode,
  type RestorePlan,
  readBackup,
} from '../../../src/core/backup';
import type { BackupStatus, Persistence, RestoreOutcome, SnapshotSummary } from '../../../src/storage';
import { t, tn } from '../../../src/text/t';
import { errorText } from '../../../src/ui/error-text';
import { createStore } from '../../../src/ui/store';
import type { PickedFile } from '../import/import-store';
import { formatWhen } from './backup-text';

/** What the backup section needs from outside; UI tests pass an in-memory database. */
export interface BackupDeps {
  exportBackup(): Promise<BackupFile>;
  markBackedUp(at: number): Promise<void>;
  backupStatus(): Promise<BackupStatus>;
  previewRestore(data: BackupData, mode: RestoreMode): Promise<RestorePlan>;
  /** Writes the restore in one transaction (after the page's own pending edits are written). */
  restore(data: BackupData, mode: RestoreMode): Promise<RestoreOutcome>;
  listSnapshots(): Promise<SnapshotSummary[]>;
  loadSnapshot(id: string): Promise<BackupFile | undefined>;
  download(fileName: string, blob: Blob): void;
  persistence(): Promise<Persistence>;
  now?(): number;
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
  message: string;
  error: string;
}

export type BackupStore = ReturnType<typeof createBackupStore>;

const toBlob = (file: BackupFile) => new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });

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
    message: '',
    error: '',
  });
  const now = () => deps.now?.() ?? Date.now();

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
    store.set({ busy: true, message: t('preparingBackup'), error: '' });
    try {
      const at = now();
      const file = await deps.exportBackup();
      deps.download(backupFileName(at), toBlob(file));
      await deps.markBackedUp(at);
      store.set({ busy: false, message: t('backupDownloaded', backupFileName(at)) });
      await load();
    } catch (error) {
      store.set({ busy: false, message: '', error: t('noBackupMade', errorText(error)) });
    }
  }

  /** Reads and checks the whole file; shows its problems, or a preview to confirm. Writes nothing. */
  async function chooseFile(picked: PickedFile) {
    store.set({ busy: true, refused: null, pending: null, replacedSnapshot: null, message: t('readingFile', picked.name), error: '' });
    try {
      const text = picked.size > MAX_BACKUP_CHARS * 4 ? null : await picked.text();
      const reading = text === null ? { ok: false as const, problems: [{ path: '$', code: 'tooLarge' as const }] } : readBackup(text);
      if (!reading.ok) {
        store.set({ busy: false, message: '', refused: { fileName: picked.name, problems: reading.problems } });
        return;
      }
      const plan = await deps.previewRestore(reading.file.data, 'merge');
      const counts = countBackup(reading.file.data);
      const { file, fromVersion, settingsProblems } = reading;
      store.set({ busy: false, message: '', pending: { fileName: picked.name, file, fromVersion, settingsProblems, counts, mode: 'merge', plan } });
    } catch (error) {
      store.set({ busy: false, message: '', error: t('cantReadFile', picked.name, errorText(error)) });
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
    store.set({ busy: true, message: t('restoring'), error: '' });
    try {
      const outcome = await deps.restore(pending.file.data, pending.mode);
      store.set({ busy: false, pending: null, replacedSnapshot: outcome.snapshotId, message: outcomeMessage(outcome) });
      await load();
    } catch (error) {
      store.set({ busy: false, message: '', error: t('nothingRestored', errorText(error)) });
    }
  }

  function cancel() {
    store.set({ pending: null, refused: null, message: t('restoreCancelled'), error: '' });
  }

  /** A kept snapshot as a backup file in the downloads. */
  async function downloadSnapshot(id: string) {
    const file = await deps.loadSnapshot(id).catch(() => undefined);
    if (!file) return store.set({ error: t('snapshotGone') });
    deps.download(backupFileName(Date.parse(file.exportedAt)).replace('-backup-', '-snapshot-'), toBlob(file));
  }

  /** Offers a kept snapshot for restoring, through the same checks and preview as a file. */
  async function chooseSnapshot(id: string) {
    const file = await deps.loadSnapshot(id).catch(() => undefined);
    if (!file) return store.set({ error: t('snapshotGone') });
    const text = JSON.stringify(file);
    await chooseFile({ name: t('snapshotOf', formatWhen(Date.parse(file.exportedAt))), size: text.length, text: async () => text });
  }

  return { store, load, download, chooseFile, chooseSnapshot, setMode, confirm, cancel, downloadSnapshot };
}
