import { isIsoDate } from '../dates';
import type { Issue } from '../issue';
import { DEFAULT_ISSUE_URL_BASE } from './layout';
import { urlProblem } from './url-policy';

/** Why an issue cannot be exported as it is. */
export interface ExportProblem {
  /** 1-based position of the item in the issue; null for a problem with the issue itself. */
  item: number | null;
  /** The item's title as the curator sees it; '' for issue-level problems. */
  title: string;
  /** A sentence for the curator that names the item and says what to fix. */
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

function quoted(title: string): string {
  const short = title.length > 80 ? `${title.slice(0, 79)}…` : title;
  return `“${short}”`;
}

function issueProblems(issue: Issue, issueUrlBase: string): ExportProblem[] {
  const found: string[] = [];
  if (!Number.isSafeInteger(issue.number) || issue.number < 1) found.push(`the issue number must be a whole number from 1 up, not ${issue.number}`);
  if (!isIsoDate(issue.date)) found.push(`the issue date must be a real date written YYYY-MM-DD, not “${issue.date}”`);
  if ([issue.headline, issue.intro].some(hasNul)) found.push('the headline or intro contains a NUL character');
  const baseProblem = urlProblem(`${issueUrlBase}${Number.isSafeInteger(issue.number) ? issue.number : 1}`);
  if (baseProblem) found.push(`the issue link base “${issueUrlBase}” is unusable: ${baseProblem}`);
  return found.map((why) => ({ item: null, title: '', message: `Issue: ${why}.` }));
}

function itemProblems(title: string, url: string, commentary: string): string[] {
  const found: string[] = [];
  if (title.trim() === '') found.push('it has no title, so readers would see no link text');
  const bad = urlProblem(url);
  if (bad) found.push(bad);
  if ([title, url, commentary].some(hasNul)) found.push('it contains a NUL character');
  return found;
}

/** Everything that stops `formatIssue` from exporting `issue`, item by item; empty when it can. */
export function checkExportable(issue: Issue, options: { issueUrlBase?: string } = {}): ExportProblem[] {
  const problems = issueProblems(issue, options.issueUrlBase ?? DEFAULT_ISSUE_URL_BASE);
  issue.items.forEach(({ title, url, commentary }, index) => {
    for (const why of itemProblems(title, url, commentary)) {
      problems.push({ item: index + 1, title, message: `Item ${index + 1} ${quoted(title)}: ${why}.` });
    }
  });
  return problems;
}
