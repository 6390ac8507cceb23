import { nameMenus } from '../src/platform/menus';
import { requestOriginAccess } from '../src/platform/origin-access';
import { clearSyncAlarm, ensureSyncAlarm } from '../src/platform/sync-alarm';
import { type Connection, requestPersistence } from '../src/storage';
import { type BoundStorage, bindStorage } from '../src/storage/bind-storage';
import * as editorStorage from './editor-storage';
import { type BackupStore, createBackupStore } from './sections/backup/backup-store';
import { createDeskStore, type DeskStore } from './sections/draft/desk-store';
import { createEditorStore, type EditorStore } from './sections/draft/editor-store';
import { browserLinkChecks } from './sections/draft/link-health/browser-link-checks';
import { createLinkHealthStore, type LinkHealthDeps, type LinkHealthStore } from './sections/draft/link-health/link-health-store';
import { createSettingsStore, type SettingsStore } from './sections/settings/settings-store';
import { createSyncStore, type SyncStore } from './sections/sync/sync-store';
import { saveFile } from './shared/save-file';

/** What the editor page holds for its life, composed once and handed down through context (`useStores`). */
export interface EditorStores {
  editor: EditorStore;
  desk: DeskStore;
  settings: SettingsStore;
  backup: BackupStore;
  linkHealth: LinkHealthStore;
  sync: SyncStore;
  /**
   * The stores of sections whose code loads lazily (archive, import, search, statistics): their
   * chunk brings `compose`, which runs on the page's connection the first time it is asked for;
   * what it made is kept for the page's life, so switching sections keeps their state.
   */
  lazy<T>(compose: (page: LazyPage) => T): T;
}

/** What a lazily loaded section composes its stores from. */
export interface LazyPage {
  /** `bindStorage` on the page's connection. */
  bind: <M extends Parameters<typeof bindStorage>[1]>(functions: M) => BoundStorage<M>;
  /** The stores composed with the page, for a section whose writes they must show. */
  stores: EditorStores;
}

/** The editor's stores, every storage call bound to the page's one connection; tests pass fake link checks. */
export function composeStores(connection: Pick<Connection, 'run'>, linkChecks: LinkHealthDeps = browserLinkChecks): EditorStores {
  const storage = bindStorage(connection, editorStorage);

  // Asked once per editor page; the browser answers at once, and only the first grant matters.
  const persistence = requestPersistence();
  // Addresses entered here are cleaned by the rules the settings leave on.
  const editor = createEditorStore(storage, { disabledRules: () => settings.store.get().settings.disabledRules });
  // The right-click entries say where a link goes, whichever way the choice changed.
  const settings = createSettingsStore({
    ...storage,
    // A renamed section takes the draft's items along in storage: the draft shown is read again.
    saveSettings: async (changed, renamed = []) => {
      const saved = await storage.saveSettings(changed, renamed);
      if (renamed.length > 0) void editor.reload();
      return saved;
    },
    quickTargetChanged: nameMenus,
  });
  const desk = createDeskStore(storage, editor, settings);
  const backup = createBackupStore({
    ...storage,
    // What is typed here is written first, so the restore sees (and a replace snapshots) it.
    restore: async (data, mode, onProgress) => {
      await editor.flush();
      const outcome = await storage.restoreBackup(data, mode, undefined, onProgress);
      void editor.reload();
      // A replace may have brought the backup's settings; this page is not told of its own writes.
      void settings.load();
      return outcome;
    },
    writeBackup: (onProgress) => storage.writeBackup(undefined, onProgress),
    download: saveFile,
    persistence: () => persistence,
  });

  const composed = new Map();
  const stores: EditorStores = {
    editor,
    desk,
    settings,
    backup,
    linkHealth: createLinkHealthStore(linkChecks),
    sync: createSyncStore({
      ...storage,
      requestAccess: requestOriginAccess,
      syncAlarm: { set: ensureSyncAlarm, clear: clearSyncAlarm },
      // isomorphic-git and the sync load the first time a sync runs, never with the editor.
      run: async (settings, message) => (await import('../src/sync/sync-now')).syncNow(connection, settings, message),
      yourName: () => settings.store.get().settings.yourName,
      flush: () => editor.flush(),
      reload: () => {
        void editor.reload();
        void settings.load();
      },
    }),
    lazy: (compose) =>
      composed.get(compose) ?? composed.set(compose, compose({ bind: (functions) => bindStorage(connection, functions), stores })).get(compose),
  };
  return stores;
}
