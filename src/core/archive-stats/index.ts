/** What a curator looks at in the archive as a whole. Pure: published issues in, numbers out. */
export { type ArchiveStats, archiveStats } from './archive-stats';
export { collapseEmptyMonths, type MonthRow } from './collapse-empty-months';
export { type EmojiUsage, emojiUsed } from './emoji-used';
export { issuesPerMonth, type MonthCount } from './issues-per-month';
export { type ItemsPerIssue, itemsPerIssue, itemsPerIssueFromTally } from './items-per-issue';
export {
  APPEARANCES_SHOWN,
  type Appearance,
  byIssueOrder,
  compareRepeated,
  offerRepeatedLink,
  REPEATED_SHOWN,
  type RepeatedLink,
  type RepeatedLinks,
  repeatedLinks,
} from './repeated-links';
export {
  addIssueShape,
  addIssueStats,
  addItemStats,
  emptyStatsAggregate,
  type StatsAggregate,
  statsFromAggregate,
} from './stats-aggregate';
export type { StatsIssue, Tally } from './stats-input';
export { topSites } from './top-sites';
