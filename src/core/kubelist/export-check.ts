import { isIsoDate } from '../dates';
import type { Issue } from '../issue';
import { DEFAULT_ISSUE_URL_BASE } from './layout';
import { type UnsafeMarkup, unsafeMarkup } from './unsafe-markup';
import { type UrlProblem, urlProblem } from './url-policy';

/** A field exported as written (Markdown with raw HTML); titles are escaped, so never unsafe. */
export type MarkupField = 'headline' | 'intro' | 'commentary';

/** What stops an export, as a code and its values; `exportProblemText` (src/text) words it. */
export type ExportReason =
  | { code: 'badNumber'; number: number }
  | { code: 'badDate'; date: string }
  | { code: 'nulInIssue' }
  | { code: 'badIssueUrlBase'; base: string; url: UrlProblem }
  | { code: 'noTitle' }
  | { code: 'badUrl'; url: UrlProblem }
  | { code: 'nulInItem' }
  | { code: 'unsafeMarkup'; field: MarkupField; found: UnsafeMarkup };

/** Why an issue cannot be exported as it is. */
export interface ExportProblem {
  /** 1-based position of the item in the issue; null for a problem with the issue itself. */
  item: number | null;
  /** The item's title as the curator sees it; '' for issue-level problems. */
  title: string;
  reason: ExportReason;
}

/**
 * Thrown by `formatIssue` instead of writing an issue that `checkExportable` objects to. It
 * carries the problems as codes, for `exportProblemText` (src/text) to word; its message lists
 * the codes for a stack trace, never for the curator.
 */
export class ExportBlockedError extends Error {
  override readonly name = 'ExportBlockedError';
  constructor(readonly problems: readonly ExportProblem[]) {
    super(`exportBlocked ${JSON.stringify(problems.map(({ item, reason }) => ({ item, reason })))}`);
  }
}

/** Markdown readers replace NUL with U+FFFD, so it would not come back as written. */
const hasNul = (text: string) => text.includes('\u0000');

/** The reason to block `text` of `field`, when it holds a link or HTML that would run code. */
function markupProblem(field: MarkupField, text: string): ExportReason[] {
  const found = unsafeMarkup(text);
  return found ? [{ code: 'unsafeMarkup', field, found }] : [];
}

function issueProblems(issue: Issue, issueUrlBase: string): ExportProblem[] {
  const found: ExportReason[] = [];
  if (!Number.isSafeInteger(issue.number) || issue.number < 1) found.push({ code: 'badNumber', number: issue.number });
  if (!isIsoDate(issue.date)) found.push({ code: 'badDate', date: issue.date });
  if ([issue.headline, issue.intro].some(hasNul)) found.push({ code: 'nulInIssue' });
  const baseProblem = urlProblem(`${issueUrlBase}${Number.isSafeInteger(issue.number) ? issue.number : 1}`);
  if (baseProblem) found.push({ code: 'badIssueUrlBase', base: issueUrlBase, url: baseProblem });
  found.push(...markupProblem('headline', issue.headline), ...markupProblem('intro', issue.intro));
  return found.map((reason) => ({ item: null, title: '', reason }));
}

function itemProblems(title: string, url: string, commentary: string): ExportReason[] {
  const found: ExportReason[] = [];
  if (title.trim() === '') found.push({ code: 'noTitle' });
  const bad = urlProblem(url);
  if (bad) found.push({ code: 'badUrl', url: bad });
  if ([title, url, commentary].some(hasNul)) found.push({ code: 'nulInItem' });
  found.push(...markupProblem('commentary', commentary));
  return found;
}

/** Everything that stops `formatIssue` from exporting `issue`, item by item; empty when it can. */
export function checkExportable(issue: Issue, options: { issueUrlBase?: string } = {}): ExportProblem[] {
  const problems = issueProblems(issue, options.issueUrlBase ?? DEFAULT_ISSUE_URL_BASE);
  issue.items.forEach(({ title, url, commentary }, index) => {
    for (const reason of itemProblems(title, url, commentary)) problems.push({ item: index + 1, title, reason });
  });
  return problems;
}
