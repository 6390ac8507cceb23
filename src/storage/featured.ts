import { urlKey } from '../core/cleanup';
import type { CuratorDatabase } from './open-db';
import type { IssueStatus } from './schema';

/** An issue in which a URL already appears. */
export interface FeaturedMatch {
  status: IssueStatus;
  number: number;
  date: string;
  /** The title the link had there. */
  title: string;
}

/**
 * Where a URL (compared by its normalized key: scheme, `www.`, trailing slash and tracking
 * parameters ignored) already appears: the draft first, then archived issues, newest first.
 * One index lookup, so it stays instant however large the archive grows.
 */
export async function findFeatured(db: CuratorDatabase, url: string): Promise<FeaturedMatch[]> {
  const tx = db.transaction(['items', 'issues'], 'readonly');
  const items = await tx.objectStore('items').index('by-url-key').getAll(urlKey(url));
  const issues = tx.objectStore('issues');
  const matches: FeaturedMatch[] = [];
  for (const item of items) {
    const issue = await issues.get(item.issueId);
    if (issue) matches.push({ status: issue.status, number: issue.number, date: issue.date, title: item.title });
  }
  await tx.done;
  const rank = (m: FeaturedMatch) => (m.status === 'draft' ? Infinity : m.number);
  return matches.sort((a, b) => rank(b) - rank(a));
}
