import { cleanTitle, isOnlySiteName, urlKey } from './cleanup';
import type { Issue } from './issue';
import { checkExportable, type ExportProblem, looksLikeMojibake } from './kubelist';

/** An earlier issue a link already appeared in. */
export interface EarlierFeature {
  number: number;
  date: string;
}

/**
 * What a check found, as a code and the values its sentence needs: the editor words it in the
 * curator's language, `issueCheckText` in English. `title` is the item's title as written.
 */
export type IssueFinding =
  | { code: 'exportBlocked'; problem: ExportProblem }
  | { code: 'noHeadline' }
  | { code: 'garbledIssueText' }
  | { code: 'emptyBlurb'; title: string }
  | { code: 'sameLinkAs'; title: string; first: number }
  | { code: 'featuredBefore'; title: string; earlier: EarlierFeature[] }
  | { code: 'siteNameLeft'; title: string; cleaned: string }
  | { code: 'titleOnlySiteName'; title: string }
  | { code: 'garbledItem'; title: string };

export type IssueCheck = IssueFinding & {
  /** `block`: the export cannot be made; `warn`: worth a look before sending. */
  severity: 'block' | 'warn';
  /** 1-based item number, or null for the issue's own fields. */
  item: number | null;
};

/** Title cleanup rules whose firing means the title still carries site furniture. */
const LEFTOVER_RULES = new Set(['site-name', 'github-prefix', 'medium-byline', 'notification-counter']);

/**
 * What to look at before sending the issue: links that cannot be exported, empty blurbs,
 * duplicate links, links featured in earlier issues, titles that are or still carry a site name,
 * mojibake.
 * `earlier(url)` answers from the archive (the caller's index lookup).
 */
export function checkIssue(issue: Issue, earlier: (url: string) => readonly EarlierFeature[] = () => [], issueUrlBase?: string): IssueCheck[] {
  const checks: IssueCheck[] = checkExportable(issue, issueUrlBase ? { issueUrlBase } : {}).map((problem) => ({
    severity: 'block',
    item: problem.item,
    code: 'exportBlocked',
    problem,
  }));
  if (issue.headline.trim() === '') checks.push({ severity: 'warn', item: null, code: 'noHeadline' });
  if (looksLikeMojibake(issue.headline) || looksLikeMojibake(issue.intro)) checks.push({ severity: 'warn', item: null, code: 'garbledIssueText' });
  const firstByKey = new Map<string, number>();
  issue.items.forEach(({ title, url, commentary }, index) => {
    const item = index + 1;
    const warn = (finding: IssueFinding) => checks.push({ severity: 'warn', item, ...finding });
    if (commentary.trim() === '') warn({ code: 'emptyBlurb', title });
    const key = urlKey(url);
    const first = firstByKey.get(key);
    if (first !== undefined) warn({ code: 'sameLinkAs', title, first });
    else firstByKey.set(key, item);
    const before = earlier(url);
    if (before.length > 0) warn({ code: 'featuredBefore', title, earlier: [...before] });
    const cleaned = cleanTitle(title, { url });
    if (isOnlySiteName(title, { url })) warn({ code: 'titleOnlySiteName', title });
    else if (cleaned.applied.some((rule) => LEFTOVER_RULES.has(rule))) warn({ code: 'siteNameLeft', title, cleaned: cleaned.title });
    if (looksLikeMojibake(title) || looksLikeMojibake(commentary)) warn({ code: 'garbledItem', title });
  });
  return checks;
}

/** A title short enough to name an item in a sentence. */
export const shortTitle = (title: string) => (title.length > 60 ? `${title.slice(0, 57)}…` : title);

/** Earlier issues as a check lists them: "#93 (2020-12-02), #101 (2021-02-03)". */
export const earlierList = (earlier: readonly EarlierFeature[]) => earlier.map((e) => `#${e.number} (${e.date})`).join(', ');

/** A check in English, for tools without the extension's translations. */
export function issueCheckText(check: IssueCheck): string {
  const label = `Item ${check.item} (“${'title' in check ? shortTitle(check.title) : ''}”)`;
  switch (check.code) {
    case 'exportBlocked':
      // Core no longer words export problems: exportProblemText (src/text) does.
      return check.problem.reason.code;
    case 'noHeadline':
      return 'The issue has no headline.';
    case 'garbledIssueText':
      return 'The headline or intro has garbled characters (like â€™): text decoded with the wrong encoding.';
    case 'emptyBlurb':
      return `${label} has no blurb.`;
    case 'sameLinkAs':
      return `${label} links to the same page as item ${check.first}.`;
    case 'featuredBefore':
      return `${label} was featured in ${earlierList(check.earlier)}.`;
    case 'siteNameLeft':
      return `${label} may still carry the site's name; cleaned, it reads “${check.cleaned}”.`;
    case 'titleOnlySiteName':
      return `${label} is titled with only the site’s name; give it the page’s own title.`;
    case 'garbledItem':
      return `${label} has garbled characters (like â€™): text decoded with the wrong encoding.`;
  }
}
