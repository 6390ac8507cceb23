import { urlKey } from '../core/cleanup';
import { isPooled } from '../core/model';
import type { CuratorDatabase } from './open-db';

/** An issue in which a URL already appears (the draft or a published one). */
export interface FeaturedInIssue {
  status: 'draft' | 'published';
  number: number;
  date: string;
  /** The title the link had there. */
  title: string;
}

/** Where a URL already appears: an issue, or the pool of collected links (saved for later, in no issue yet). */
export type FeaturedMatch =
  | (FeaturedInIssue & { status: 'draft' })
  | (FeaturedInIssue & { status: 'published' })
  | { status: 'collected'; collectedAt: number; title: string };

/**
 * Where a URL (compared by its normalized key: scheme, `www.`, trailing slash and tracking
 * parameters ignored) already appears: the draft first, then the pool, then archived issues, newest first.
 * One index lookup, so it stays instant however large the archive grows.
 */
export async function findFeatured(db: CuratorDatabase, url: string): Promise<FeaturedMatch[]> {
  const tx = db.transaction(['items', 'issues'], 'readonly');
  const items = await tx.objectStore('items').index('by-url-key').getAll(urlKey(url));
  const issues = tx.objectStore('issues');
  // Asked for all at once: a link featured in many issues costs one round trip, not one per issue.
  const issueOf = await Promise.all(items.map((item) => (isPooled(item) ? undefined : issues.get(item.issueId))));
  const matches: FeaturedMatch[] = [];
  for (const [i, item] of items.entries()) {
    const issue = issueOf[i];
    if (isPooled(item)) matches.push({ status: 'collected', collectedAt: item.addedAt, title: item.title });
    else if (issue) matches.push({ status: issue.status, number: issue.number, date: issue.date, title: item.title } as FeaturedMatch);
  }
  await tx.done;
  const rank = (m: FeaturedMatch) => (m.status === 'draft' ? Infinity : m.status === 'collected' ? Number.MAX_VALUE - m.collectedAt : m.number);
  return matches.sort((a, b) => rank(b) - rank(a));
}
