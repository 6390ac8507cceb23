/** What a curator looks at in the archive as a whole. Pure: published issues in, numbers out. */
export { type ArchiveStats, archiveStats } from './archive-stats';
export { collapseEmptyMonths, type MonthRow } from './collapse-empty-months';
export { type EmojiUsage, emojiUsed } from './emoji-used';
export { issuesPerMonth, type MonthCount } from './issues-per-month';
export { type ItemsPerIssue, itemsPerIssue } from './items-per-issue';
export { type Appearance, type RepeatedLink, repeatedLinks } from './repeated-links';
export type { StatsIssue, Tally } from './stats-input';
export { topSites } from './top-sites';
