import { cleanTitle, urlKey } from './cleanup';
import type { Issue } from './issue';
import { checkExportable, looksLikeMojibake } from './kubelist';

/** An earlier issue a link already appeared in. */
export interface EarlierFeature {
  number: number;
  date: string;
}

export interface IssueCheck {
  /** `block`: the export cannot be made; `warn`: worth a look before sending. */
  severity: 'block' | 'warn';
  /** 1-based item number, or null for the issue's own fields. */
  item: number | null;
  message: string;
}

/** Title cleanup rules whose firing means the title still carries site furniture. */
const LEFTOVER_RULES = new Set(['site-name', 'github-prefix', 'medium-byline', 'notification-counter']);

const label = (n: number, title: string) => `Item ${n} (“${title.length > 60 ? `${title.slice(0, 57)}…` : title}”)`;

/**
 * What to look at before sending the issue: links that cannot be exported, empty blurbs,
 * duplicate links, links featured in earlier issues, titles with leftover site names, mojibake.
 * `earlier(url)` answers from the archive (the caller's index lookup).
 */
export function checkIssue(issue: Issue, earlier: (url: string) => readonly EarlierFeature[] = () => [], issueUrlBase?: string): IssueCheck[] {
  const checks: IssueCheck[] = checkExportable(issue, issueUrlBase ? { issueUrlBase } : {}).map((problem) => ({
    severity: 'block',
    item: problem.item,
    message: problem.message,
  }));
  if (issue.headline.trim() === '') checks.push({ severity: 'warn', item: null, message: 'The issue has no headline.' });
  if (looksLikeMojibake(issue.headline) || looksLikeMojibake(issue.intro)) {
    checks.push({ severity: 'warn', item: null, message: 'The headline or intro has garbled characters (like â€™): text decoded with the wrong encoding.' });
  }
  const firstByKey = new Map<string, number>();
  issue.items.forEach((item, index) => {
    const n = index + 1;
    const warn = (message: string) => checks.push({ severity: 'warn', item: n, message: `${label(n, item.title)} ${message}` });
    if (item.commentary.trim() === '') warn('has no blurb.');
    const key = urlKey(item.url);
    const first = firstByKey.get(key);
    if (first !== undefined) warn(`links to the same page as item ${first}.`);
    else firstByKey.set(key, n);
    const before = earlier(item.url);
    if (before.length > 0) warn(`was featured in ${before.map((e) => `#${e.number} (${e.date})`).join(', ')}.`);
    const cleaned = cleanTitle(item.title, { url: item.url });
    if (cleaned.applied.some((rule) => LEFTOVER_RULES.has(rule))) warn(`may still carry the site's name; cleaned, it reads “${cleaned.title}”.`);
    if (looksLikeMojibake(item.title) || looksLikeMojibake(item.commentary)) warn('has garbled characters (like â€™): text decoded with the wrong encoding.');
  });
  return checks;
}
