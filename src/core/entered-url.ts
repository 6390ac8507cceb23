import { type CleanupOptions, cleanUrl } from './cleanup';
import type { UrlChange } from './clip';

/** An address as it will be used, what it was entered as, and what changed (null: nothing). */
export interface EnteredUrl {
  url: string;
  original: string;
  change: UrlChange | null;
}

/**
 * An address that enters other than by clipping a page (typed or pasted in the editor, a
 * right-clicked link, a highlighted tab), cleaned by the same URL rules as a clipped page's.
 * What the curator typed comes back untouched when no rule fires or it is no web address yet.
 */
export function cleanEnteredUrl(raw: string, options: CleanupOptions = {}): EnteredUrl {
  const cleaned = cleanUrl(raw, options);
  if ('error' in cleaned || cleaned.applied.length === 0) return { url: raw, original: raw, change: null };
  return { url: cleaned.url, original: raw, change: { why: null, trackingRemoved: true } };
}
