import { toIsoDate } from '../core/dates';
import { isIssueDate } from '../core/issue-rules';
import { newDraftIssue } from '../core/model';
import { nextIssue } from '../core/next-issue';
import { addPublishedToStats } from './archive-stats-cache';
import { notifyChanged } from './change-feed';
import { markHistoryStale } from './emoji-history';
import type { CuratorDatabase } from './open-db';
import type { IssueRecord } from './schema';
import { loadSettings } from './settings-repository';

/** Why the draft cannot be published yet; the editor words it. */
export type PublishRefusal = { code: 'noItems' } | { code: 'numberArchived'; number: number } | { code: 'noDate' };

export type PublishResult =
  | { ok: true; published: { number: number; date: string }; next: { number: number; date: string } }
  | { ok: false; reason: PublishRefusal };

/**
 * "Mark as published": the draft joins the archive, and a new empty draft starts with the next
 * number and the next date at the newsletter's cadence. One transaction: either both happen or
 * neither does. Refused (with the reason's code) for an empty draft or a number already archived.
 */
export async function publishDraft(db: CuratorDatabase, now = Date.now()): Promise<PublishResult> {
  const { weekday } = await loadSettings(db);
  const tx = db.transaction(['issues', 'items', 'meta'], 'readwrite');
  // A request that fails fails the transaction too: the caller hears it once, from the request.
  tx.done.catch(() => undefined);
  const issues = tx.objectStore('issues');
  const draft = await issues.index('by-status').get('draft');
  const itemCount = draft ? await tx.objectStore('items').index('by-issue').count(draft.id) : 0;
  const sameNumber = draft ? await issues.index('by-number').getAll(draft.number) : [];
  let result: PublishResult;
  if (!draft || itemCount === 0) {
    result = { ok: false, reason: { code: 'noItems' } };
  } else if (sameNumber.some((issue) => issue.status === 'published')) {
    result = { ok: false, reason: { code: 'numberArchived', number: draft.number } };
  } else if (!isIssueDate(draft.date)) {
    // The archive files issues by date; an undated published issue makes every backup unrestorable.
    result = { ok: false, reason: { code: 'noDate' } };
  } else {
    const published: IssueRecord = { ...draft, status: 'published', updatedAt: now };
    // After the whole archive, so the new draft is never dated on or before any published issue.
    const archive = [...(await issues.index('by-status').getAll('published')), published];
    // Past the last number or date the rules allow there is no next place: the curator picks one.
    const after = nextIssue(archive, weekday, toIsoDate(new Date(now))) ?? { number: draft.number, date: '' };
    await issues.put(published);
    await addPublishedToStats(tx, published);
    // The habits are worked out from the latest issues: this one is now among them.
    await markHistoryStale(tx);
    await issues.add(newDraftIssue(crypto.randomUUID(), after, now));
    result = { ok: true, published: { number: draft.number, date: draft.date }, next: after };
  }
  await tx.done;
  if (result.ok) notifyChanged();
  return result;
}
