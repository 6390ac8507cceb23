import { markStatsStale } from './archive-stats-cache';
import { markHistoryStale } from './emoji-history';
import type { MetaWriter } from './schema';

/**
 * For a write that changes the published issues wholesale (import, restore, sync, an edit):
 * what is worked out from them and kept (statistics, emoji habits) is marked out of date, in the
 * caller's transaction.
 */
export async function markArchiveChanged(tx: MetaWriter): Promise<void> {
  await Promise.all([markStatsStale(tx), markHistoryStale(tx)]);
}
