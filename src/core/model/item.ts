import { urlKey } from '../cleanup/url-key';
import { id, safeUrl, text, time, wholeNumber } from './checks';
import {
  buildRecord,
  type ContentInput,
  type ContentOf,
  contentField,
  contentOf,
  keyField,
  placeField,
  type RecordOf,
  sameContent,
  sameRecord,
  stampField,
} from './field';

/**
 * One clipped link, declared once: storage keeps it in `items`, a backup holds it as it is, and
 * restore, merge and Undo go by this table. A new field is one entry here (with a fallback for
 * records made before it), plus the UI that shows it.
 */
export const ITEM_FIELDS = {
  id: keyField<string>(id),
  issueId: placeField<string>(id),
  /** Sort key inside the issue; rewritten densely (0, 1, 2...) on every reorder. */
  position: placeField<number>(wholeNumber(0, 1_000_000)),
  title: contentField<string>(text),
  url: contentField<string>(safeUrl),
  /** The blurb, emoji included; may span several lines. */
  commentary: contentField<string>(text),
  /** The curator's private note on the link: kept, backed up and restored, never exported. */
  note: contentField<string>(text, ''),
  /** Who added the link (the adder's "Your name" setting when it was added); '' when unknown. Kept by Undo and sync. */
  addedBy: contentField<string>(text, ''),
  /** The name of the section (newsletter setting `sections`) the item is in; '' for none. By name, so sync and backups need no second table. */
  section: contentField<string>(text, ''),
  addedAt: stampField<number>(time),
  /**
   * Who last changed the item's words (their "Your name"; '' when unknown) and when (0: never
   * since it was added). Stamps, not content: two curators changing different words of one item
   * is no conflict to report, and sync keeps the later change's pair (`mergeRecords`).
   */
  changedBy: stampField<string>(text, ''),
  changedAt: stampField<number>(time, 0),
  updatedAt: stampField<number>(time),
  /** `urlKey(url)`: the normalized address "already featured" looks up; recomputed on restore, never trusted from a file. */
  urlKey: stampField<string>(text),
} as const;

/** One clipped link, as stored and backed up. */
export type ItemRecord = RecordOf<typeof ITEM_FIELDS>;
/** What the curator wrote of an item: what Undo puts back and a new item is made from. */
export type ItemContent = ContentOf<typeof ITEM_FIELDS>;
/** What a new item must be given (content fields with a fallback may be left out). */
export type NewItemContent = ContentInput<typeof ITEM_FIELDS>;

/** The same item in the same place with the same words (times and derived keys aside). */
export const sameItem = sameRecord(ITEM_FIELDS);
/** The same words, wherever the items are. */
export const sameItemContent = sameContent(ITEM_FIELDS);
/** A copy of an item's content fields. */
export const itemContent = contentOf(ITEM_FIELDS);

/** A new item of issue `issueId` at `position`, added and updated at `now`. */
export function newItem(init: NewItemContent & { id: string; issueId: string; position: number; now: number }): ItemRecord {
  const { now, ...values } = init;
  return buildRecord(ITEM_FIELDS, { ...values, urlKey: urlKey(init.url), addedAt: now, updatedAt: now });
}
