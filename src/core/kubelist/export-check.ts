import { isIsoDate } from '../dates';
import type { Issue } from '../issue';
import { DEFAULT_ISSUE_URL_BASE } from './layout';
import { type UnsafeMarkup, unsafeMarkup } from './unsafe-markup';
import { type UrlProblem, urlProblem, urlProblemText } from './url-policy';

/** A field exported as written (Markdown with raw HTML); titles are escaped, so never unsafe. */
export type MarkupField = 'headline' | 'intro' | 'commentary';

/**
 * What stops an export, as a code and its values: the editor words it in the curator's
 * language, `exportReasonText` in English.
 */
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
  /** A sentence in English for the curator that names the item and says what to fix. */
  message: string;
}

/** Thrown by `formatIssue` instead of writing an issue that `checkExportable` objects to. */
export class ExportBlockedError extends Error {
  override readonly name = 'ExportBlockedError';
  constructor(readonly problems: readonly ExportProblem[]) {
    super(`The issue cannot be exported:\n${problems.map((p) => `- ${p.message}`).join('\n')}`);
  }
}

/** Markdown readers replace NUL with U+FFFD, so it would not come back as written. */
const hasNul = (text: string) => text.includes('\u0000');

/** A title short enough to name an item in a problem. */
export const problemTitle = (title: string) => (title.length > 80 ? `${title.slice(0, 79)}…` : title);

/** An export reason in English, as a clause: "the issue date must be…". */
export function exportReasonText(reason: ExportReason): string {
  switch (reason.code) {
    case 'badNumber':
      return `the issue number must be a whole number from 1 up, not ${reason.number}`;
    case 'badDate':
      return `the issue date must be a real date written YYYY-MM-DD, not “${reason.date}”`;
    case 'nulInIssue':
      return 'the headline or intro contains a NUL character';
    case 'badIssueUrlBase':
      return `the issue link base “${reason.base}” is unusable: ${urlProblemText(reason.url)}`;
    case 'noTitle':
      return 'it has no title, so readers would see no link text';
    case 'badUrl':
      return urlProblemText(reason.url);
    case 'nulInItem':
      return 'it contains a NUL character';
    case 'unsafeMarkup': {
      const field = { headline: 'the headline', intro: 'the intro', commentary: 'its commentary' }[reason.field];
      return reason.found.kind === 'link'
        ? `${field} holds a ${reason.found.scheme}: link, which would run code in readers' browsers`
        : `${field} holds HTML with an event handler (${reason.found.attribute}), which would run code in readers' browsers`;
    }
  }
}

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
  return found.map((reason) => ({ item: null, title: '', reason, message: `Issue: ${exportReasonText(reason)}.` }));
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
    for (const reason of itemProblems(title, url, commentary)) {
      const message = `Item ${index + 1} “${problemTitle(title)}”: ${exportReasonText(reason)}.`;
      problems.push({ item: index + 1, title, reason, message });
    }
  });
  return problems;
}
