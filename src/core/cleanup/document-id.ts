import { isLongEnough } from './site-match';
import type { TitleRule } from './title-rules';
import { segmentsOf } from './title-segments';

/** Parts joined by `-`, `_` or `.`, no spaces: `draft-fernhill-netpol-03`, `ADR-0042-storage`. */
const IDENTIFIER = /^[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+){2,}$/u;

/**
 * Whether a segment is a document's id rather than words: three or more joined parts, at least
 * one with a digit and two with letters (so `v1.30.2` or `2024-05-01` stay).
 */
export function isDocumentId(segment: string): boolean {
  const text = segment.trim();
  if (!IDENTIFIER.test(text)) return false;
  const parts = text.split(/[-_.]/u);
  return parts.some((part) => /\p{N}/u.test(part)) && parts.filter((part) => /\p{L}{2,}/u.test(part)).length >= 2;
}

/** `draft-fernhill-netpol-profiles-03 - Network Policy Profiles` → "Network Policy Profiles". */
export const documentId: TitleRule = {
  id: 'document-id',
  apply(title) {
    const segments = segmentsOf(title);
    if (segments.length < 2 || !isDocumentId(segments[0]!.text)) return title;
    const rest = title.slice(segments[1]!.start).trim();
    return isLongEnough(rest) ? rest : title;
  },
};
