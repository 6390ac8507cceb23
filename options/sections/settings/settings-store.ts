import { DEFAULT_SETTINGS, readSettings, type Settings } from '../../../src/core/model';
import type { SectionRename } from '../../../src/storage';
import { settingProblemText } from '../../../src/text/setting-problems';
import { t } from '../../../src/text/t';
import { createStore } from '../../../src/ui/store';

/** What the settings need from storage. */
export interface SettingsDeps {
  loadSettings(): Promise<Settings>;
  /** Saves them; a renamed section's items are renamed in the same write. */
  saveSettings(settings: Settings, renamed?: readonly SectionRename[]): Promise<Settings>;
  /**
   * Where Ctrl+Enter and the right-click entries put a link changed (saved here, or brought by a
   * restore or another page): the entries say so (`nameMenus`).
   */
  quickTargetChanged?(target: Settings['quickTarget']): Promise<void>;
}

export interface SettingsState {
  /** The curator's settings (the defaults until loaded). */
  settings: Settings;
  /** The outcome of the last change, for the settings section. */
  status: string;
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

/** The newsletter's settings, read by every section and changed in the settings section. */
export function createSettingsStore(deps: SettingsDeps) {
  const store = createStore<SettingsState>({ settings: DEFAULT_SETTINGS, status: '' });
  async function tellIfMoved(before: Settings['quickTarget']) {
    const now = store.get().settings.quickTarget;
    if (now !== before) await deps.quickTargetChanged?.(now).catch(() => undefined);
  }
  return {
    store,
    /**
     * Reads the settings again: at start, after a restore, and when another page changed the data.
     * Unchanged settings leave the state alone, so a field being typed in is not re-rendered.
     */
    async load() {
      const settings = await deps.loadSettings().catch(() => DEFAULT_SETTINGS);
      const before = store.get().settings.quickTarget;
      if (JSON.stringify(settings) !== JSON.stringify(store.get().settings)) store.set({ settings });
      await tellIfMoved(before);
    },
    /** Saves one change (a section renamed takes its items along); says so only once it is stored, and names a value that can't be used. */
    async change(patch: Partial<Settings>, renamed: readonly SectionRename[] = []) {
      const before = store.get().settings.quickTarget;
      const wanted = { ...store.get().settings, ...patch };
      // Storage saves the default in place of a value that can't be used; say which, and why.
      const { problems } = readSettings(wanted);
      store.set({ settings: wanted, status: t('saving') });
      try {
        const saved = await deps.saveSettings(wanted, renamed);
        store.set({ settings: saved, status: problems.length ? t('settingsSavedNotAsTyped', problems.map(settingProblemText).join(' ')) : t('settingsSaved') });
      } catch (error) {
        store.set({ status: t('notSaved', String(error)) });
        return;
      }
      await tellIfMoved(before);
    },
  };
}
