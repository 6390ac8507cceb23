import { APPEARANCES_SHOWN, type Appearance, byIssueOrder, type RepeatedLink } from '../core/archive-stats';
import { byPosition } from '../core/by-position';
import type { ItemRecord } from './schema';

/** A published item with a repeated link: its issue's number and date, its place not yet counted. */
export interface AppearanceRef {
  item: ItemRecord;
  number: number;
  date: string;
}

/** A repeated link read from the items, before its appearances' places are counted. */
export interface RepeatedCandidate {
  key: string;
  count: number;
  /** The latest `APPEARANCES_SHOWN`, in issue order. */
  refs: AppearanceRef[];
}

/** Issue order; within an issue, the items' order (`byPosition`), which is what the ordinal counts. */
const byIssueThenPlace = (a: AppearanceRef, b: AppearanceRef) => a.number - b.number || byPosition(a.item, b.item);

/** The candidate for `key` from every published appearance of it (any order). */
export function candidateOf(key: string, refs: AppearanceRef[]): RepeatedCandidate {
  return { key, count: refs.length, refs: refs.sort(byIssueThenPlace).slice(-APPEARANCES_SHOWN) };
}

/**
 * `compareRepeated` before the places are counted: within one issue the items' order is the
 * ordinals' order, so both rank links the same way.
 */
export function compareCandidates(a: RepeatedCandidate, b: RepeatedCandidate): number {
  const latestA = a.refs.at(-1)!;
  const latestB = b.refs.at(-1)!;
  return b.count - a.count || latestB.number - latestA.number || byPosition(latestA.item, latestB.item) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The repeated link, each appearance's place in its issue counted from that issue's items. */
export async function resolveCandidate(candidate: RepeatedCandidate, itemsOf: (issueId: string) => Promise<ItemRecord[]>): Promise<RepeatedLink> {
  const ordinals = new Map<string, number>();
  for (const issueId of new Set(candidate.refs.map((ref) => ref.item.issueId))) {
    const items = (await itemsOf(issueId)).sort(byPosition);
    for (const [index, item] of items.entries()) ordinals.set(item.id, index + 1);
  }
  const appearances: Appearance[] = candidate.refs.map(({ item, number, date }) => ({
    number,
    date,
    ordinal: ordinals.get(item.id)!,
    title: item.title,
    url: item.url,
  }));
  return { key: candidate.key, count: candidate.count, appearances: appearances.sort(byIssueOrder) };
}
