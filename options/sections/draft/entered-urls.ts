import { cleanEnteredUrl } from '../../../src/core/entered-url';
import type { Store } from '../../../src/ui/store';
import type { EditorState } from './editor-store';

/**
 * Addresses typed or pasted into an item, cleaned as a clipped page's are, with a note of the
 * change and the original one click away. `setUrl` writes an item's address as typing does.
 */
export function createEnteredUrls(store: Store<EditorState>, setUrl: (id: string, url: string) => void, disabledRules: () => readonly string[]) {
  /** Addresses the curator chose to keep as entered ("Use the original address"), by item id. */
  const keptAsEntered = new Map<string, string>();

  /**
   * An address typed (once the field is left) or pasted into an item: cleaned as a clipped
   * page's is, the change said under the field. Not on every keystroke: `?utm_` would vanish
   * while it is being typed.
   */
  function enterItemUrl(id: string, raw: string) {
    if (keptAsEntered.get(id) === raw) return;
    const entered = cleanEnteredUrl(raw, { disabled: disabledRules() });
    if (!entered.change) return;
    setUrl(id, entered.url);
    store.set({ urlNotes: { ...store.get().urlNotes, [id]: { url: entered.url, original: raw, change: entered.change } } });
  }

  /** Puts back the address as it was entered, and leaves it so. */
  function useOriginalUrl(id: string) {
    const { [id]: note, ...others } = store.get().urlNotes;
    if (!note) return;
    keptAsEntered.set(id, note.original);
    store.set({ urlNotes: others });
    setUrl(id, note.original);
  }

  return { enterItemUrl, useOriginalUrl };
}
