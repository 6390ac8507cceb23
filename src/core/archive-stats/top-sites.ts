import { registrableDomain } from '../cleanup/registrable-domain';
import { rankTallies, type StatsIssue, type Tally } from './stats-input';

/** The parsed host of a web link; null for anything else (an imported file may hold any scheme). */
function webHost(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/** The sites linked most often, by registrable domain (`blog.x.com` and `x.com` are one site). */
export function topSites(issues: readonly StatsIssue[], limit = 15): Tally[] {
  const counts = new Map<string, number>();
  for (const issue of issues) {
    for (const item of issue.items) {
      const host = webHost(item.url);
      if (host) counts.set(registrableDomain(host), (counts.get(registrableDomain(host)) ?? 0) + 1);
    }
  }
  return rankTallies(counts, limit);
}
