import { DEFAULT_WEEKDAY, isIsoDate } from './dates';
import { isIssueDate, isIssueNumber } from './issue-rules';

/** An issue's place in the sequence: what numbering and dating the next one depends on. */
export interface IssueRef {
  number: number;
  /** `YYYY-MM-DD`. */
  date: string;
}

const DAY_MS = 86_400_000;

/** Calendar arithmetic in UTC: a `YYYY-MM-DD` has no time zone, and local time has DST jumps. */
function utcDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The first date strictly after `iso` that falls on `weekday` (0 = Sunday). */
export function nextWeekdayAfter(iso: string, weekday = DEFAULT_WEEKDAY): string {
  const after = utcDay(iso) + DAY_MS;
  const day = new Date(after).getUTCDay();
  return isoOf(after + ((weekday - day + 7) % 7) * DAY_MS);
}

/** The archived issue with the highest number, which the next issue follows. */
export function lastIssue(archive: readonly IssueRef[]): IssueRef | undefined {
  return archive.reduce<IssueRef | undefined>((last, ref) => (!last || ref.number > last.number ? ref : last), undefined);
}

/** The latest date any archived issue has (a low number can be the newest: issue #1 published today). */
function latestDate(archive: readonly IssueRef[]): string | undefined {
  return archive.reduce<string | undefined>((latest, { date }) => (isIsoDate(date) && (!latest || date > latest) ? date : latest), undefined);
}

/**
 * Number and date of the issue that follows the archive at the newsletter's weekly cadence:
 * one more than the highest number, on the first `weekday` after the latest archived date.
 * (Kubelist went out on Thursdays in 2018-19 and on Wednesdays since April 2020; a late issue,
 * such as a Thursday one, does not move the day.) So the next issue is never dated on or
 * before a published one, even when a low number (#1, published this week) is the newest.
 * With `today`, never a date in the past: a curator who imports an archive that stopped years
 * ago writes the next issue for this week, not for then. Undefined for an empty archive, one
 * whose last date is unreadable, or when the next place is past what the issue rules allow.
 */
export function nextIssue(archive: readonly IssueRef[], weekday = DEFAULT_WEEKDAY, today?: string): IssueRef | undefined {
  const last = lastIssue(archive);
  if (!last || !isIsoDate(last.date)) return undefined;
  const afterLast = nextWeekdayAfter(latestDate(archive)!, weekday);
  const upcoming = today && isIsoDate(today) ? nextWeekdayAfter(isoOf(utcDay(today) - DAY_MS), weekday) : afterLast;
  // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings; they compare in order as text, not as numbers.
  const next = { number: last.number + 1, date: upcoming > afterLast ? upcoming : afterLast };
  return isIssueNumber(next.number) && isIssueDate(next.date) ? next : undefined;
}

/** True for a draft nobody has started writing: no items, and a blank headline and intro. */
export function isBlankDraft(issue: { headline: string; intro: string }, itemCount: number): boolean {
  return itemCount === 0 && issue.headline.trim() === '' && issue.intro.trim() === '';
}

/**
 * What to offer a draft whose number is already taken by an archived issue: the next free
 * place after the archive. Undefined when there is no clash (or nothing to offer).
 */
export function clashSuggestion(draftNumber: number, archive: readonly IssueRef[], weekday = DEFAULT_WEEKDAY, today?: string): IssueRef | undefined {
  if (!archive.some((ref) => ref.number === draftNumber)) return undefined;
  return nextIssue(archive, weekday, today);
}
