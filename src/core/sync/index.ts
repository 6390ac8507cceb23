/** Sync through a git repository (issue 16): the pure part, with no git and no storage in it. */

export { blobStandIn, standInBlob } from './blob-stand-in';
export { feedFile, feedUnchanged, type PreviousFeed } from './feed-file';
export { ISSUE_FILE_FORMAT, type IssueFileProblem, issueFile, issueFileInputs, issueFromFile } from './issue-file';
export { issueTexts } from './issue-texts';
export * from './layout';
export { LocalChangedError } from './local-changed';
export { type FieldConflict, mergeRecords, type Side } from './merge-records';
export { DEFAULT_NEWSLETTER, NEWSLETTER_SETTINGS, type NewsletterSettings, newsletterSettings } from './newsletter-settings';
export { planSync, type SyncConflict, type SyncPlan } from './plan-sync';
export { type RecordFileProblem, readRecordFile, writeRecordFile } from './record-file';
export { EMPTY_STATE, type FileProblem, readState, type SyncState, stateFiles, writeState } from './repository-state';
