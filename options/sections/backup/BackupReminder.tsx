import { needsBackup } from '../../../src/core/backup';
import type { BackupStatus } from '../../../src/storage';
import { t } from '../../../src/text/t';
import { lastBackupText } from './backup-text';

/** Under the draft: when the last backup was made, and a nudge once enough items are in none. */
export function BackupReminder({ status }: { status: BackupStatus | null }) {
  if (!status) return null;
  const remind = status.moreSince || needsBackup(status.itemsSince);
  return (
    <p class={remind ? 'backup-note reminder' : 'backup-note'} data-testid="backup-note">
      {lastBackupText(status)} <a href="#backup">{remind ? t('backUpNow') : t('backUp')}</a>
    </p>
  );
}
