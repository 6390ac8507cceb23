import type { ArchiveStats } from '../../../src/core/archive-stats';
import type { RebuildOptions, StatsProgress } from '../../../src/storage';
import { t } from '../../../src/text/t';
import { errorText } from '../../../src/ui/error-text';
import { createStore } from '../../../src/ui/store';

/** What the statistics need from storage: the kept statistics, worked out again when out of date. */
export interface StatsDeps {
  loadArchiveStats(options?: RebuildOptions): Promise<ArchiveStats>;
}

export interface StatsState {
  /** Null until loaded. */
  stats: ArchiveStats | null;
  /** How far the statistics are worked out again (after an import or restore); null when they are not. */
  progress: StatsProgress | null;
  error: string;
}

export type StatsStore = ReturnType<typeof createStatsStore>;

export function createStatsStore(deps: StatsDeps) {
  const store = createStore<StatsState>({ stats: null, progress: null, error: '' });
  let loading: Promise<void> | null = null;

  /** Reads the statistics as stored now; a second call while one reads waits for that one. */
  async function read() {
    try {
      const stats = await deps.loadArchiveStats({ onProgress: (progress) => store.set({ progress }) });
      store.set({ stats, progress: null, error: '' });
    } catch (error) {
      store.set({ progress: null, error: t('cantReadArchiveForStats', errorText(error)) });
    }
  }

  function load(): Promise<void> {
    loading ??= read().finally(() => {
      loading = null;
    });
    return loading;
  }

  return { store, load };
}
