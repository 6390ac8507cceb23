/**
 * The pool of collected links ("Save for later") holds items like any issue's, under an issue id
 * no issue ever has: one model, so the pool is indexed, looked up by URL, backed up and restored
 * by the same code as the issues' items, and moving a link in or out of an issue is one field.
 */
export const POOL_ISSUE_ID = '~pool';

/** Whether an item (or a record with an `issueId`) is a collected link, in no issue yet. */
export const isPooled = (item: { issueId: string }): boolean => item.issueId === POOL_ISSUE_ID;

const WEEK = 7 * 24 * 60 * 60 * 1000;

/** The time before which a collected link is older than `weeks` weeks, at `now`. */
export const poolCutoff = (weeks: number, now: number): number => now - weeks * WEEK;
