import { addPooledToDraft, countPool, discardPooled, listPool, poolOlderThan, restorePooled } from '../../../src/storage';
import type { LazyPage } from '../../compose-stores';
import { type CollectedStore, createCollectedStore } from './collected-store';

function composeCollected({ bind, stores }: LazyPage): CollectedStore {
  const storage = bind({ addPooledToDraft, countPool, discardPooled, listPool, poolOlderThan, restorePooled });
  // This page is not told of its own writes: the draft view reads the draft again.
  return createCollectedStore({ ...storage, draftChanged: () => void stores.editor.reload() });
}

/** The Collected section's store on the page's connection, composed once (`EditorStores.lazy`). */
export const collectedSectionStore = (page: LazyPage): CollectedStore => composeCollected(page);

/**
 * The column beside the draft has a store of its own: the section's filter is words typed there,
 * and the column lists the newest links whatever was typed. Both read the pool when shown.
 */
export const collectedColumnStore = (page: LazyPage): CollectedStore => composeCollected(page);
