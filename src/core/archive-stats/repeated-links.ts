import { urlKey } from '../cleanup/url-key';
import type { StatsIssue } from './stats-input';

/** One appearance of a link: the issue and the title it had there. */
export interface Appearance {
  number: number;
  date: string;
  /** The item's place in that issue, from 1: where a link to it points. */
  ordinal: number;
  title: string;
  url: string;
}

/** A link featured more than once, compared by `urlKey` (scheme, `www.`, tracking ignored). */
export interface RepeatedLink {
  key: string;
  /** How many items link to it. */
  count: number;
  /** The latest appearances (at most `APPEARANCES_SHOWN`), in issue order, oldest first. */
  appearances: Appearance[];
}

/** The links featured more than once: how many there are, and the most repeated of them. */
export interface RepeatedLinks {
  total: number;
  /** At most `REPEATED_SHOWN`, ranked by `compareRepeated`. */
  links: RepeatedLink[];
}

/**
 * How many repeated links and appearances are kept: a repeated link costs a few lines on screen,
 * so without a bound an archive that repeats itself would list every link it ever had.
 */
export const REPEATED_SHOWN = 50;
export const APPEARANCES_SHOWN = 10;

/** Issue order: by number, then by place in the issue. */
export const byIssueOrder = (a: Appearance, b: Appearance) => a.number - b.number || a.ordinal - b.ordinal;

/**
 * The most repeated first, then the most recently repeated, then by the place of that latest
 * appearance, then by key: a total order, so the list is the same however the archive was read.
 */
export function compareRepeated(a: RepeatedLink, b: RepeatedLink): number {
  const latestA = a.appearances.at(-1)!;
  const latestB = b.appearances.at(-1)!;
  return b.count - a.count || latestB.number - latestA.number || latestA.ordinal - latestB.ordinal || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Puts `link` in `repeated.links` in its rank (replacing an entry with its key), keeping the first `limit`. */
export function offerRepeatedLink(repeated: RepeatedLinks, link: RepeatedLink, limit = REPEATED_SHOWN): void {
  const links = repeated.links.filter((other) => other.key !== link.key);
  links.push(link);
  repeated.links = links.sort(compareRepeated).slice(0, limit);
}

/** Links that appear in more than one item, ranked by `compareRepeated`. */
export function repeatedLinks(issues: readonly StatsIssue[], limit = REPEATED_SHOWN, shown = APPEARANCES_SHOWN): RepeatedLinks {
  const byKey = new Map<string, Appearance[]>();
  for (const issue of issues) {
    issue.items.forEach(({ title, url }, index) => {
      const key = urlKey(url);
      if (key === '') return;
      const appearance = { number: issue.number, date: issue.date, ordinal: index + 1, title, url };
      const seen = byKey.get(key);
      if (seen) seen.push(appearance);
      else byKey.set(key, [appearance]);
    });
  }
  const repeated = [...byKey]
    .filter(([, appearances]) => appearances.length > 1)
    .map(([key, appearances]) => ({ key, count: appearances.length, appearances: appearances.sort(byIssueOrder).slice(-shown) }));
  return { total: repeated.length, links: repeated.sort(compareRepeated).slice(0, limit) };
}
