import type { BackgroundSyncOutcome, KeptConflict, SyncSettings } from '../../../src/storage';
import type { SyncOutcome } from '../../../src/sync/run-sync';
import type { SyncFailure } from '../../../src/sync/sync-failure';
import { t, tn } from '../../../src/text/t';
import { createStore } from '../../../src/ui/store';
import { backgroundSyncText, fileProblemsText, syncFailureText } from './sync-text';

/** What the sync section needs: its settings in storage, the sync itself (loaded when it first runs), the page's stores. */
export interface SyncDeps {
  loadSyncSettings(): Promise<SyncSettings | null>;
  saveSyncSettings(settings: SyncSettings | null): Promise<void>;
  /** The last sync the worker ran on its timer, and how it ended. */
  lastBackgroundSync(): Promise<{ at: number; outcome: BackgroundSyncOutcome } | null>;
  /** What syncs (this page's and the worker's) set aside, newest first. */
  keptConflicts(): Promise<KeptConflict[]>;
  /** Puts a kept value back into its field, or 'gone' when its record is no longer there. */
  takeBackConflict(id: string): Promise<'used' | 'gone'>;
  /** Forgets kept values; every one when `ids` is null. */
  dismissConflicts(ids: readonly string[] | null): Promise<void>;
  /** Asks for the host permission to reach the repository, within the curator's click. */
  requestAccess(url: string): Promise<boolean>;
  run(settings: SyncSettings, message: string): Promise<SyncOutcome | { code: 'failed'; failure: SyncFailure }>;
  /** Writes what the editor holds before a sync reads the data. */
  flush(): Promise<void>;
  /** The curator's name (Settings' "Your name"), for the commits; '' when not given. */
  yourName?(): string;
  /** The worker's sync alarm: set while sync is set up, cleared when it is stopped. */
  syncAlarm?: { set(): Promise<void>; clear(): Promise<void> };
  /** Shows what a sync wrote (the draft, the archive, the settings). */
  reload(): void;
  now?: () => number;
}

export interface SyncState {
  /** The saved settings; null while sync is not set up. */
  saved: SyncSettings | null;
  busy: boolean;
  status: string;
  /** Set when the last sync failed, so the status reads as an error. */
  failed: boolean;
  /** What syncs set aside, as kept in storage. */
  conflicts: KeptConflict[];
  /** The kept values found to have nowhere to go back to. */
  gone: string[];
  problems: string;
}

export type SyncStore = ReturnType<typeof createSyncStore>;

/** After a change, a sync follows once the curator has paused this long. */
export const SYNC_AFTER_CHANGE_MS = 10_000;

/**
 * Sync's settings and its runs: on "Sync now", when the editor opens and after a change. The
 * worker's alarm syncs every few minutes, the editor open or not; the page shows how that ended.
 */
export function createSyncStore(deps: SyncDeps) {
  const store = createStore<SyncState>({ saved: null, busy: false, status: '', failed: false, conflicts: [], gone: [], problems: '' });
  const now = deps.now ?? Date.now;
  let running: Promise<void> | null = null;
  let afterChange: ReturnType<typeof setTimeout> | undefined;
  // When this page's own last sync ended: the worker's outcome shows only when it is newer.
  let ownAt = Number.NEGATIVE_INFINITY;

  const readConflicts = async () => store.set({ conflicts: await deps.keptConflicts().catch(() => store.get().conflicts) });

  const time = () => new Intl.DateTimeFormat(t('langCode'), { hour: 'numeric', minute: '2-digit' }).format(now());

  async function run(): Promise<void> {
    const settings = store.get().saved;
    if (!settings) return;
    store.set({ busy: true, status: t('syncRunning'), failed: false });
    await deps.flush();
    // The sync itself returns its failures; this catches its code failing to load.
    const named = { ...settings, curatorName: deps.yourName?.() || settings.curatorName };
    const outcome = await deps
      .run(named, t('syncCommitMessage', named.curatorName || t('syncHeading')))
      .catch((error: unknown) => ({ code: 'failed' as const, failure: { code: 'unexpected' as const, detail: String(error) } }));
    ownAt = now();
    switch (outcome.code) {
      case 'synced':
        store.set({
          busy: false,
          status: [
            outcome.pushed ? t('syncDonePushed', time()) : t('syncDone', time()),
            ...(outcome.renamed > 0 ? [tn('syncRenamed', outcome.renamed)] : []),
          ].join(' '),
          problems: fileProblemsText(outcome.problems),
        });
        // The sync kept what it set aside with its merge.
        await readConflicts();
        deps.reload();
        return;
      case 'publishedElsewhere':
        store.set({ busy: false, failed: true, status: t('syncPublishedElsewhere', outcome.number) });
        return;
      case 'stillMoving':
        store.set({ busy: false, failed: true, status: t('syncStillMoving') });
        // What its pushed merges set aside is kept all the same.
        await readConflicts();
        return;
      case 'failed':
        store.set({ busy: false, failed: true, status: syncFailureText(outcome.failure) });
    }
  }

  async function showBackground(): Promise<void> {
    const last = await deps.lastBackgroundSync().catch(() => null);
    if (last && last.at > ownAt && !store.get().busy) store.set({ status: backgroundSyncText(last), failed: last.outcome.code !== 'synced', problems: '' });
  }

  /** One sync at a time: a request while one runs waits for it, then runs once more. */
  function syncNow(): Promise<void> {
    const next = (running ?? Promise.resolve()).then(run);
    const mine = next.finally(() => {
      if (running === mine) running = null;
    });
    running = mine;
    return mine;
  }

  return {
    store,
    /** The settings, and until this page has synced, how the worker's last sync ended. */
    async load() {
      const saved = await deps.loadSyncSettings().catch(() => null);
      await readConflicts();
      if (!saved) {
        store.set({ saved, status: t('syncNotSetUp') });
        return;
      }
      store.set({ saved });
      await showBackground();
    },
    /** The worker synced (or wrote its merge): its outcome shows, unless this page's own sync is newer or running. */
    async backgroundSynced() {
      if (!store.get().saved) return;
      await readConflicts();
      await showBackground();
    },
    /**
     * Saves the settings typed and syncs. Must be called from the click: the browser shows its
     * permission prompt for the repository's site only during one.
     */
    save(settings: SyncSettings): Promise<void> {
      if (settings.url.trim() === '') {
        store.set({ status: t('syncNeedsUrl'), failed: true });
        return Promise.resolve();
      }
      const access = deps.requestAccess(settings.url.trim());
      return access.then(async (granted) => {
        if (!granted) {
          store.set({ status: t('syncNeedsAccess', siteOf(settings.url)), failed: true });
          return;
        }
        const saved = { ...settings, url: settings.url.trim(), branch: settings.branch.trim() || 'main' };
        await deps.saveSyncSettings(saved);
        store.set({ saved });
        await deps.syncAlarm?.set().catch(() => undefined);
        await syncNow();
      });
    },
    async stop() {
      await deps.saveSyncSettings(null);
      store.set({ saved: null, status: t('syncNotSetUp'), failed: false, problems: '' });
      await deps.syncAlarm?.clear().catch(() => undefined);
    },
    syncNow,
    /** The curator changed something: sync once they pause. */
    changed() {
      if (!store.get().saved || store.get().busy) return;
      clearTimeout(afterChange);
      afterChange = setTimeout(() => void syncNow(), SYNC_AFTER_CHANGE_MS);
    },
    /**
     * Syncs now (the editor opened), and makes sure the worker's alarm is set for the syncs that
     * follow (a restart may drop it); returns the stop.
     */
    start(): () => void {
      void this.load().then(async () => {
        if (!store.get().saved) return;
        await deps.syncAlarm?.set().catch(() => undefined);
        await syncNow();
      });
      return () => clearTimeout(afterChange);
    },
    /** "Use this version": the value goes back into its field, and a sync follows once the curator pauses. */
    async takeBack(id: string) {
      if ((await deps.takeBackConflict(id)) === 'gone') {
        store.set({ gone: [...store.get().gone, id] });
        return;
      }
      await readConflicts();
      store.set({ status: t('syncConflictUsed'), failed: false });
      deps.reload();
      this.changed();
    },
    async dismiss(id: string) {
      await deps.dismissConflicts([id]);
      await readConflicts();
    },
    async dismissAll() {
      await deps.dismissConflicts(null);
      await readConflicts();
    },
  };
}

function siteOf(url: string): string {
  try {
    return new URL(url.trim()).hostname;
  } catch {
    return url;
  }
}
