import { t } from '../../../src/text/t';

/** How far the backup, the reading of a file or the restore under way has got: a bar named by what is running. */
export function BackupProgress({ progress, label }: { progress: { done: number; total: number } | null; label: string }) {
  if (!progress || progress.total === 0) return null;
  const percent = Math.min(100, Math.floor((progress.done / progress.total) * 100));
  return <progress class="backup-progress" max={100} value={percent} aria-label={label} aria-valuetext={t('backupProgressDone', percent)} />;
}
