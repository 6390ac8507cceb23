import { type ArchiveStats, archiveStats } from '../../../src/core/archive-stats';
import type { SearchableIssue } from '../../../src/core/search';
import { t } from '../../../src/text/t';
import { errorText } from '../../../src/ui/error-text';
import { createStore } from '../../../src/ui/store';

/** What the statistics need from storage: the same read as search; only published issues count. */
export interface StatsDeps {
  loadSearchSource(): Promise<SearchableIssue[]>;
}

export interface StatsState {
  /** Null until loaded. */
  stats: ArchiveStats | null;
  error: string;
}

export type StatsStore = ReturnType<typeof createStatsStore>;

export function createStatsStore(deps: StatsDeps) {
  const store = createStore<StatsState>({ stats: null, error: '' });

  /** Works the statistics out afresh from what is stored now. */
  async function load() {
    try {
      const published = (await deps.loadSearchSource()).filter((issue) => issue.status === 'published');
      store.set({ stats: archiveStats(published), error: '' });
    } catch (error) {
      store.set({ error: t('cantReadArchiveForStats', errorText(error)) });
    }
  }

  return { store, load };
}
