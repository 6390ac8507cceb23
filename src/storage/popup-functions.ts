/**
 * What the popup loads of storage, after its first paint: the functions it calls and the
 * connection they run on. The popup imports this module whole (`import()` keeps every export of
 * the module it names), so it names only these; the whole of `./index` would bring backup,
 * restore, sync and the archive's code (three times the script) for nothing.
 */
export { onChanged, onOwnChange } from './change-feed';
export { discardClipDraft, loadClipDraft, saveClipDraft } from './clip-drafts';
export { createConnection } from './connection';
export { addItem, draftItemCount, loadDraft, updateItem } from './draft-repository';
export { loadEmojiHistory, saveEmojiHistory } from './emoji-history';
export { findFeatured } from './featured';
export { saveForLater } from './pool-repository';
export { loadSettings } from './settings-repository';
