import { addPooledToDraft, countPool, discardPooled, listPool, poolOlderThan, restorePooled } from '../../../src/storage';
import type { LazyPage } from '../../compose-stores';
import { type CollectedStore, createCollectedStore } from './collected-store';

/** The Collected section's store on the page's connection, composed once (`EditorStores.lazy`). */
export function collectedSectionStore({ bind, stores }: LazyPage): CollectedStore {
  const storage = bind({ addPooledToDraft, countPool, discardPooled, listPool, poolOlderThan, restorePooled });
  // This page is not told of its own writes: the draft view reads the draft again.
  return createCollectedStore({ ...storage, draftChanged: () => void stores.editor.reload() });
}
