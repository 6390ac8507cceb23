/** The records the curator makes, each declared once: type, validation, equality and factories. */

export type { Check, CheckProblem } from './checks';
export { CLIP_FIELDS, type ClipContent, type ClipRecord, sameClip } from './clip-draft';
export { buildRecord, type Field, type Fields, type RecordOf, type Role } from './field';
export { ISSUE_FIELDS, type IssueContent, type IssueRecord, type IssueStatus, type NewIssueContent, newDraftIssue, newIssue, sameIssue } from './issue';
export { ITEM_FIELDS, type ItemContent, type ItemRecord, itemContent, type NewItemContent, newItem, sameItem, sameItemContent } from './item';
export { isPooled, POOL_ISSUE_ID, poolCutoff } from './pool';
export { readSettings, type SettingProblem } from './read-settings';
export { type RecordKind, RecordRefusedError, refuseInvalid } from './record-refused';
export { MAX_SECTION_LIMIT, MAX_SECTIONS, type Section, sameSectionName, sectionList } from './section-list';
export { DEFAULT_SETTINGS, type QuickTarget, SETTINGS_FIELDS, type SettingName, type Settings } from './settings';
