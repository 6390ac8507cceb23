import { type BackgroundSyncOutcome, type CuratorDatabase, loadSettings, loadSyncSettings, saveBackgroundSync } from '../storage';
import { t } from '../text/t';
import { withSyncLock } from './sync-lock';
import { syncHoldingLock } from './sync-now';

/** What the worker's sync did: ran (and how it ended), or did not because sync is not set up or is running elsewhere. */
export type BackgroundSyncResult = BackgroundSyncOutcome | { code: 'notSetUp' } | { code: 'busy' };

/**
 * One sync from the service worker, on its timer: only when sync is set up, and only when no page
 * is syncing (the page's sync is the one the curator watches; the timer comes again). How it
 * ended is kept for the Sync settings' status line. Nothing is written to the curator's data
 * until the sync's one transaction, so a worker stopped midway leaves it as it was.
 */
export async function syncInBackground(db: CuratorDatabase, now: () => number = Date.now): Promise<BackgroundSyncResult> {
  const stored = await loadSyncSettings(db);
  if (!stored) return { code: 'notSetUp' };
  // The commits are signed with Settings' "Your name", as the editor's syncs are.
  const { yourName } = await loadSettings(db);
  const settings = { ...stored, curatorName: yourName || stored.curatorName };
  const ran = await withSyncLock(
    async () => {
      const outcome = await syncHoldingLock({ run: (use) => use(db) }, settings, t('syncCommitMessage', settings.curatorName || t('syncHeading')));
      const kept: BackgroundSyncOutcome =
        outcome.code === 'synced'
          ? { code: 'synced', pushed: outcome.pushed, renamed: outcome.renamed }
          : outcome.code === 'publishedElsewhere'
            ? { code: 'publishedElsewhere', number: outcome.number }
            : outcome.code === 'stillMoving'
              ? { code: 'stillMoving' }
              : outcome;
      await saveBackgroundSync(db, now(), kept);
      return kept;
    },
    { wait: false },
  );
  return ran ?? { code: 'busy' };
}
