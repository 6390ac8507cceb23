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
  /** In issue order, oldest first. */
  appearances: Appearance[];
}

/** Links that appear in more than one item, the most repeated first, then the most recently repeated. */
export function repeatedLinks(issues: readonly StatsIssue[]): RepeatedLink[] {
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
  const latest = (link: RepeatedLink) => link.appearances.at(-1)!.number;
  return [...byKey]
    .filter(([, appearances]) => appearances.length > 1)
    .map(([key, appearances]) => ({ key, appearances: appearances.sort((a, b) => a.number - b.number || a.ordinal - b.ordinal) }))
    .sort((a, b) => b.appearances.length - a.appearances.length || latest(b) - latest(a));
}
