import { urlKey } from '../core/cleanup/url-key';
import { ISSUE_FIELDS, type IssueContent, ITEM_FIELDS, type ItemContent, refuseInvalid } from '../core/model';
import { markArchiveChanged } from './archive-changed';
import { notifyChanged } from './change-feed';
import { committed } from './committed';
import type { CuratorDatabase } from './open-db';

/** What reopening a published issue may change: its words and its items' words, each item by id. */
export interface PublishedEdit {
  issue: Partial<Pick<IssueContent, 'headline' | 'intro'>>;
  items: ReadonlyArray<{ id: string } & Partial<Pick<ItemContent, 'title' | 'url' | 'commentary'>>>;
}

/**
 * Writes a correction to a published issue and its items in one transaction, and stamps the issue's
 * `editedAt`; the statistics are marked stale, as a changed link may change them. False when the
 * issue is not a published one (nothing written); an item not of that issue is passed over.
 */
export async function editPublishedIssue(db: CuratorDatabase, issueId: string, edit: PublishedEdit, now = Date.now()): Promise<boolean> {
  refuseInvalid('issue', ISSUE_FIELDS, edit.issue);
  for (const item of edit.items) refuseInvalid('item', ITEM_FIELDS, item);
  const tx = db.transaction(['issues', 'items', 'meta'], 'readwrite');
  const done = await committed(tx, async () => {
    const issues = tx.objectStore('issues');
    const issue = await issues.get(issueId);
    if (issue?.status !== 'published') return false;
    await issues.put({ ...issue, ...edit.issue, updatedAt: now, editedAt: now });
    const items = tx.objectStore('items');
    for (const { id, ...patch } of edit.items) {
      const item = await items.get(id);
      if (item?.issueId !== issueId) continue;
      await items.put({ ...item, ...patch, urlKey: urlKey(patch.url ?? item.url), updatedAt: now });
    }
    await markArchiveChanged(tx);
    return true;
  });
  if (done) notifyChanged();
  return done;
}
