export { openCuratorDb, type CuratorDatabase } from './open-db';
export {
  addItem,
  deleteItem,
  draftToIssue,
  loadDraft,
  moveItem,
  updateDraft,
  updateItem,
  type Draft,
  type IssueFields,
  type ItemFields,
} from './draft-repository';
export { onChanged } from './change-feed';
export type { IssueRecord, ItemRecord } from './schema';
