import type { StorageState } from '../editor-store';

/** The page's connection when it is not simply working: waiting on another tab, or stopped for an update. */
export function StorageBanner({ storage }: { storage: StorageState }) {
  if (storage === 'blocked') {
    return (
      <p class="error banner" role="alert">
        Kubelist Curator is updating its stored data and is waiting for another of its tabs: close or reload any other Issue
        editor tab (or a popup opened in a tab). This page carries on by itself as soon as it can.
      </p>
    );
  }
  if (storage === 'reload') {
    return (
      <p class="error banner" role="alert">
        Kubelist Curator was updated in another tab, so this page stopped saving. Everything typed here before was saved.{' '}
        <button type="button" onClick={() => location.reload()}>
          Reload this page
        </button>
      </p>
    );
  }
  return null;
}
