import type { SearchableIssue, SearchableItem } from '../core/search';
import type { CuratorDatabase } from './open-db';

/**
 * Every issue, the draft and the published ones, with its items in order: what search and the
 * archive statistics read. One readonly transaction, so a write in another tab never shows half.
 */
export async function loadSearchSource(db: CuratorDatabase): Promise<SearchableIssue[]> {
  const tx = db.transaction(['issues', 'items'], 'readonly');
  const [issues, items] = await Promise.all([tx.objectStore('issues').getAll(), tx.objectStore('items').getAll()]);
  await tx.done;
  const itemsOf = new Map<string, SearchableItem[]>();
  for (const { id, issueId, position, title, url, commentary } of items) {
    const list = itemsOf.get(issueId);
    const item = { id, position, title, url, commentary };
    if (list) list.push(item);
    else itemsOf.set(issueId, [item]);
  }
  return issues.map(({ id, number, date, status, headline }) => ({
    id,
    number,
    date,
    status,
    headline,
    items: (itemsOf.get(id) ?? []).sort((a, b) => a.position - b.position),
  }));
}
