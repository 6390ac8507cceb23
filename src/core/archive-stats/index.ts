/** What a curator looks at in the archive as a whole. Pure: published issues in, numbers out. */
export { archiveStats, type ArchiveStats } from './archive-stats';
export type { StatsIssue, Tally } from './stats-input';
export { issuesPerMonth, type MonthCount } from './issues-per-month';
export { itemsPerIssue, type ItemsPerIssue } from './items-per-issue';
export { topSites } from './top-sites';
export { emojiUsed, type EmojiUsage } from './emoji-used';
export { repeatedLinks, type Appearance, type RepeatedLink } from './repeated-links';
