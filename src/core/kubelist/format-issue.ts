import type { Issue } from '../issue';
import { writeBlock } from './block-text';
import { escapeLinkText } from './escape-title';
import { formatLinkDestination } from './escape-url';
import { checkExportable, ExportBlockedError } from './export-check';
import { COMMENTARY_INDENT, DEFAULT_ISSUE_URL_BASE, footerLine, HEADLINE_PREFIX, headingText, INTRO_PREFIX, ITEM_PREFIX } from './layout';
import { oneLine } from './line-breaks';

/** Options for `formatIssue`. */
export interface FormatOptions {
  /** The heading links to this base followed by the issue number. */
  issueUrlBase?: string;
}

/**
 * The issue as Kubelist Markdown, byte for byte the archive's layout (no newline after the
 * footer). Throws `ExportBlockedError` when `checkExportable` finds a problem.
 */
export function formatIssue(issue: Issue, options: FormatOptions = {}): string {
  const issueUrlBase = options.issueUrlBase ?? DEFAULT_ISSUE_URL_BASE;
  const problems = checkExportable(issue, { issueUrlBase });
  if (problems.length > 0) throw new ExportBlockedError(problems);

  // A reference definition anywhere (`[25]: /x`) would turn a title's `[25]` into a link.
  const mayDefineReferences = [issue.intro, ...issue.items.map((item) => item.commentary)].some((text) => text.includes(']:'));
  const link = (text: string, url: string) => `[${escapeLinkText(oneLine(text), { escapeAllBrackets: mayDefineReferences })}](${formatLinkDestination(url)})`;

  const lines = [
    `## ${link(headingText(issue.number, issue.date), issueUrlBase + issue.number)}`,
    '',
    HEADLINE_PREFIX + oneLine(issue.headline),
    '',
    ...writeBlock(issue.intro, INTRO_PREFIX),
    '',
  ];
  for (const item of issue.items) {
    lines.push(ITEM_PREFIX + link(item.title, item.url), '', ...writeBlock(item.commentary, COMMENTARY_INDENT));
  }
  // The intro's blank line already separates an issue without items from its footer.
  if (issue.items.length > 0) lines.push('');
  lines.push(footerLine(issue.number, issue.date));
  return lines.join('\n');
}
