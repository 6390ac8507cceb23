import type { ArchiveStats } from './archive-stats';
import { type EmojiSpellings, tallyBlurbEmoji, topEmoji } from './emoji-used';
import { fillMonths, monthOf } from './issues-per-month';
import { itemsPerIssueFromTally } from './items-per-issue';
import type { RepeatedLinks } from './repeated-links';
import { rankTallies, type StatsIssue } from './stats-input';
import { siteOf, TOP_SITES } from './top-sites';

/**
 * The archive's statistics as running tallies, small whatever the archive's size: an issue's
 * contribution is added without reading the others, and `statsFromAggregate` gives exactly what
 * `archiveStats` works out from every issue. Maps, so it is stored as it is (structured clone).
 * Repeated links cannot be tallied from one issue alone: the storage layer finds a link's other
 * appearances with its index and offers the result to `repeated` (`offerRepeatedLink`).
 */
export interface StatsAggregate {
  issues: number;
  items: number;
  /** `YYYY-MM` → issues that month (months with none are left out). */
  months: Map<string, number>;
  /** Item count → issues with that many items. */
  lengths: Map<number, number>;
  /** Registrable domain → links to it. */
  sites: Map<string, number>;
  emoji: EmojiSpellings;
  withEmoji: number;
  withoutEmoji: number;
  repeated: RepeatedLinks;
}

/** The aggregate of an empty archive. */
export function emptyStatsAggregate(): StatsAggregate {
  return {
    issues: 0,
    items: 0,
    months: new Map(),
    lengths: new Map(),
    sites: new Map(),
    emoji: new Map(),
    withEmoji: 0,
    withoutEmoji: 0,
    repeated: { total: 0, links: [] },
  };
}

const bump = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** Adds an issue's date and length (not its items' links and blurbs: `addItemStats` does those). */
export function addIssueShape(aggregate: StatsAggregate, date: string, itemCount: number): void {
  aggregate.issues++;
  aggregate.items += itemCount;
  const month = monthOf(date);
  if (month) bump(aggregate.months, month);
  bump(aggregate.lengths, itemCount);
}

/** Adds one item's site and trailing emoji. */
export function addItemStats(aggregate: StatsAggregate, item: { url: string; commentary: string }): void {
  const site = siteOf(item.url);
  if (site) bump(aggregate.sites, site);
  if (tallyBlurbEmoji(aggregate.emoji, item.commentary)) aggregate.withEmoji++;
  else aggregate.withoutEmoji++;
}

/** Adds a whole published issue, repeated links aside. */
export function addIssueStats(aggregate: StatsAggregate, issue: StatsIssue): void {
  addIssueShape(aggregate, issue.date, issue.items.length);
  for (const item of issue.items) addItemStats(aggregate, item);
}

/** What the statistics view shows, from the aggregate. */
export function statsFromAggregate(aggregate: StatsAggregate): ArchiveStats {
  return {
    issues: aggregate.issues,
    items: aggregate.items,
    perMonth: fillMonths(aggregate.months),
    itemsPerIssue: itemsPerIssueFromTally(aggregate.lengths),
    topSites: rankTallies(aggregate.sites, TOP_SITES),
    emoji: { top: topEmoji(aggregate.emoji), withEmoji: aggregate.withEmoji, withoutEmoji: aggregate.withoutEmoji },
    repeatedLinks: { total: aggregate.repeated.total, links: aggregate.repeated.links.map((link) => ({ ...link, appearances: [...link.appearances] })) },
  };
}
