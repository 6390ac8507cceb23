import { registrableDomain } from '../cleanup/registrable-domain';
import { rankTallies, type StatsIssue, type Tally } from './stats-input';

/** How many sites the statistics list. */
export const TOP_SITES = 15;

/** The site a link counts for (its registrable domain); null for anything but a web link (an imported file may hold any scheme). */
export function siteOf(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? registrableDomain(parsed.hostname) : null;
  } catch {
    return null;
  }
}

/** The sites linked most often, by registrable domain (`blog.x.com` and `x.com` are one site). */
export function topSites(issues: readonly StatsIssue[], limit = TOP_SITES): Tally[] {
  const counts = new Map<string, number>();
  for (const issue of issues) {
    for (const item of issue.items) {
      const site = siteOf(item.url);
      if (site) counts.set(site, (counts.get(site) ?? 0) + 1);
    }
  }
  return rankTallies(counts, limit);
}
