import { type ItemMatcher, matchedFields, type SearchHit, toHit } from './item-matcher';
import type { ItemRef, SearchableIssue } from './searchable';

/** What a run of issues holds for a query. */
export interface IssuesOutcome {
  /** The first matches, highlighted, at most as many as there was room for. */
  hits: SearchHit[];
  /** How many items match, however many `hits` holds. */
  matches: number;
}

/**
 * The items of `issues` that match, in the order given (storage reads them newest issue first)
 * and each issue's items in their order. Only the first `room` get their highlights worked out;
 * the others are counted. Pure and proportional to the issues given, so a caller reading the
 * archive a stretch at a time does a stretch's work at a time.
 */
export function searchIssues(issues: readonly SearchableIssue[], matcher: ItemMatcher, room: number): IssuesOutcome {
  const hits: SearchHit[] = [];
  let matches = 0;
  for (const issue of issues) {
    const ordered = [...issue.items].sort((a, b) => a.position - b.position);
    ordered.forEach((item, index) => {
      const fields = matchedFields(item, matcher);
      if (fields.length === 0) return;
      matches++;
      if (hits.length >= room) return;
      const ref: ItemRef = { issueNumber: issue.number, date: issue.date, status: issue.status, itemId: item.id, ordinal: index + 1 };
      hits.push(toHit(item, ref, matcher, fields));
    });
  }
  return { hits, matches };
}
