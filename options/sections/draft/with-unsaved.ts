import type { Draft } from '../../../src/storage';

/** Keys of unsaved edits name the record and the field, so a reload can put them back on the right one. */
export const issueKey = (issueId: string, field: string) => `issue:${issueId}:${field}`;
export const itemKey = (itemId: string, field: string) => `item:${itemId}:${field}`;

/** `draft` as stored, with this page's edits that are not committed yet laid over it. */
export function withUnsaved(draft: Draft, unsaved: ReadonlyMap<string, unknown>): Draft {
  if (unsaved.size === 0) return draft;
  const overlay = <T extends object>(record: T, key: (field: string) => string): T => {
    const local = Object.keys(record).filter((field) => unsaved.has(key(field)));
    return local.length === 0 ? record : { ...record, ...Object.fromEntries(local.map((field) => [field, unsaved.get(key(field))])) };
  };
  return {
    issue: overlay(draft.issue, (field) => issueKey(draft.issue.id, field)),
    items: draft.items.map((item) => overlay(item, (field) => itemKey(item.id, field))),
  };
}
