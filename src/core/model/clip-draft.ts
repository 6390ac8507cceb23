import { id, safeUrl, text, time } from './checks';
import { type ContentOf, contentField, keyField, type RecordOf, sameRecord, stampField } from './field';

/**
 * A blurb being written in the popup for a page not yet added, saved as it is typed: the popup
 * closes on any click elsewhere, and the text must be there when it opens again.
 */
export const CLIP_FIELDS = {
  /** `urlKey` of the page the popup was opened on. */
  urlKey: keyField<string>(id),
  title: contentField<string>(text),
  url: contentField<string>(safeUrl),
  commentary: contentField<string>(text),
  updatedAt: stampField<number>(time),
} as const;

export type ClipRecord = RecordOf<typeof CLIP_FIELDS>;
/** The words of a half-written blurb. */
export type ClipContent = ContentOf<typeof CLIP_FIELDS>;

/** The same words for the same page. */
export const sameClip = sameRecord(CLIP_FIELDS);
