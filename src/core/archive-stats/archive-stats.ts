import { type EmojiUsage, emojiUsed } from './emoji-used';
import { issuesPerMonth, type MonthCount } from './issues-per-month';
import { type ItemsPerIssue, itemsPerIssue } from './items-per-issue';
import { type RepeatedLinks, repeatedLinks } from './repeated-links';
import type { StatsIssue, Tally } from './stats-input';
import { topSites } from './top-sites';

/** Everything the statistics view shows, worked out in one go from the published issues. */
export interface ArchiveStats {
  issues: number;
  items: number;
  perMonth: MonthCount[];
  itemsPerIssue: ItemsPerIssue;
  topSites: Tally[];
  emoji: EmojiUsage;
  repeatedLinks: RepeatedLinks;
}

/** The archive's statistics; pass published issues only (a draft is not part of the record). */
export function archiveStats(issues: readonly StatsIssue[]): ArchiveStats {
  return {
    issues: issues.length,
    items: issues.reduce((sum, issue) => sum + issue.items.length, 0),
    perMonth: issuesPerMonth(issues),
    itemsPerIssue: itemsPerIssue(issues),
    topSites: topSites(issues),
    emoji: emojiUsed(issues),
    repeatedLinks: repeatedLinks(issues),
  };
}
