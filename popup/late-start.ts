import type { Store } from '../src/ui/store';
import { createPopupAutosave } from './popup-autosave';
import type { PopupDeps, PopupState } from './popup-state';

/**
 * What starts as the popup's late chunk arrives: autosave of what is typed, and the setting for
 * what Ctrl/Cmd+Enter does ("Add to issue" until it is read). Returns the autosave.
 */
export function startLate(deps: PopupDeps, store: Store<PopupState>, pageUrl: () => string) {
  void deps.loadSettings?.().then(
    ({ quickTarget }) => store.set({ quickTarget }),
    () => undefined,
  );
  return createPopupAutosave(deps, store, pageUrl);
}
