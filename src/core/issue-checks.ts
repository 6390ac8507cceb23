import { cleanTitle, isOnlySiteName, urlKey } from './cleanup';
import type { Issue } from './issue';
import { checkExportable, type ExportProblem, looksLikeMojibake } from './kubelist';
import type { Section } from './model';
import { sectionGroups } from './section-groups';

/** An earlier issue a link already appeared in. */
export interface EarlierFeature {
  number: number;
  date: string;
}

/**
 * What a check found, as a code and the values its sentence needs: the editor words it
 * (options/sections/draft/issue-check-text.ts). `title` is the item's title as written.
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
  | { code: 'garbledItem'; title: string }
  | { code: 'sectionOverLimit'; section: string; count: number; limit: number };

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
 * mojibake, sections holding more items than their limit.
 * `earlier(url)` answers from the archive (the caller's index lookup).
 */
export function checkIssue(
  issue: Issue,
  earlier: (url: string) => readonly EarlierFeature[] = () => [],
  issueUrlBase?: string,
  sections: readonly Section[] = [],
): IssueCheck[] {
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
  const groups = sectionGroups(
    issue.items,
    sections.map((section) => section.name),
  );
  for (const { name, limit } of sections) {
    const count = groups.find((group) => group.name === name)?.items.length ?? 0;
    if (limit !== null && count > limit) checks.push({ severity: 'warn', item: null, code: 'sectionOverLimit', section: name, count, limit });
  }
  return checks;
}
