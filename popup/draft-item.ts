import { urlKey } from '../src/core/cleanup';
import type { Draft, ItemRecord } from '../src/storage';

/** A draft item the popup edits in place, and its 1-based place in the issue. */
export interface DraftItemMatch {
  item: ItemRecord;
  place: number;
}

/**
 * The draft's item for the page at `url`, by the same normalized address "Already in this draft"
 * compares (tracking parameters, `www.` and the scheme ignored), or null when it has none.
 */
export function draftItemFor(draft: Draft, url: string): DraftItemMatch | null {
  const key = urlKey(url);
  const index = draft.items.findIndex((item) => item.urlKey === key);
  return index < 0 ? null : { item: draft.items[index]!, place: index + 1 };
}

/**
 * The blurb of an item opened in the popup, keeping what was typed (or restored) before the popup
 * knew the page was in the draft: those words go after the item's own, unless one text already
 * holds the other (typing that went on from the item's own text is that text, and more).
 */
export function blurbKeeping(itemBlurb: string, typed: string): string {
  const extra = typed.trim();
  if (extra === '' || itemBlurb.includes(extra)) return itemBlurb;
  if (extra.includes(itemBlurb.trim())) return extra;
  return `${itemBlurb.trimEnd()} ${extra}`;
}
