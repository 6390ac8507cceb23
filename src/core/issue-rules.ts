/*
 * The one rule for what an issue's number, date and timestamps, and an item's address, may be.
 * Import, the editor's fields, the backup reader and the merge all ask here, so nothing one of
 * them lets in can be refused by another (an imported #12345678 used to make every later backup
 * unrestorable).
 */
import { isIsoDate } from './dates';
import { browserScheme } from './kubelist/url-policy';

export const MIN_ISSUE_NUMBER = 1;
/** Seven digits: Kubelist is past #130 after seven years; this leaves room for any weekly. */
export const MAX_ISSUE_NUMBER = 9_999_999;

/** A whole issue number from 1 to 9,999,999. */
export function isIssueNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_ISSUE_NUMBER && value <= MAX_ISSUE_NUMBER;
}

/** The number typed into a field (digits only, no leading zero), or null when it is not a valid issue number. */
export function parseIssueNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[1-9]\d*$/.test(trimmed)) return null;
  const number = Number(trimmed);
  return isIssueNumber(number) ? number : null;
}

/** Issue dates stay in four-digit years the date arithmetic can step past (no year 10000). */
export const FIRST_ISSUE_DATE = '1970-01-01';
export const LAST_ISSUE_DATE = '2999-12-31';

/** A real calendar date written `YYYY-MM-DD`, from 1970 to 2999. */
export function isIssueDate(value: unknown): value is string {
  return typeof value === 'string' && isIsoDate(value) && value >= FIRST_ISSUE_DATE && value <= LAST_ISSUE_DATE;
}

/** The draft's date may also be empty while the curator edits it; a published issue's never is. */
export function isDraftDate(value: unknown): value is string {
  return value === '' || isIssueDate(value);
}

/** The first of January 3000 in milliseconds: later than any clock that wrote a record. */
export const MAX_TIMESTAMP = Date.UTC(3000, 0, 1);

/**
 * Milliseconds since 1970 as `Date.now()` gives, up to the year 3000. A record "updated" in
 * the far future (1e308) would win every merge against the curator's real edits.
 */
export function isSaneTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_TIMESTAMP;
}

/** Why an item's address cannot be stored, as a code; null when it can. */
export type StoredUrlProblem = { code: 'scheme'; scheme: string } | { code: 'otherHost' };

/**
 * What an item or half-written blurb may hold while it is being written: empty, an http(s)
 * address (perhaps half-typed), or text with no scheme, which a link resolves on this page's
 * own host. Never another scheme, and never `//host/…` (or `\\host`), which browsers read as
 * a link to another host.
 */
export function storedUrlProblem(url: string): StoredUrlProblem | null {
  const scheme = browserScheme(url);
  if (scheme !== null) return scheme === 'http' || scheme === 'https' ? null : { code: 'scheme', scheme };
  // Cleaned as a browser's URL parser does (see `browserScheme`): tabs and newlines vanish, edges trimmed.
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^[\\/]{2}/.test(cleaned) ? { code: 'otherHost' } : null;
}
