import { byPosition } from '../core/by-position';
import type { Issue } from '../core/issue';
import { draftToIssue } from './draft-repository';
import type { CuratorDatabase } from './open-db';

/**
 * A year of a weekly newsletter: the issues whose habits are the curator's habits now. Older
 * issues describe how they used to write, and reading them would make the editor's checks cost
 * more every week the archive grows.
 */
export const RECENT_ISSUES = 52;

/**
 * The `limit` highest-numbered published issues with their items in order, newest first, for the
 * curator's habits: a `by-number` cursor from the top, past the draft, and each issue's items by
 * the `by-issue` index. Reads those issues and nothing else.
 */
export async function recentIssues(db: CuratorDatabase, limit = RECENT_ISSUES): Promise<Issue[]> {
  const tx = db.transaction(['issues', 'items'], 'readonly');
  const byIssue = tx.objectStore('items').index('by-issue');
  const issues: Issue[] = [];
  let cursor = await tx.objectStore('issues').index('by-number').openCursor(null, 'prev');
  while (cursor && issues.length < limit) {
    // The draft shares the number index; its items are still being written.
    if (cursor.value.status === 'published') {
      const items = await byIssue.getAll(cursor.value.id);
      issues.push(draftToIssue({ issue: cursor.value, items: items.sort(byPosition) }));
    }
    if (issues.length < limit) cursor = await cursor.continue();
  }
  await tx.done;
  return issues;
}
