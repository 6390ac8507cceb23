import { isLongEnough } from './site-match';
import type { TitleRule } from './title-rules';
import { segmentsOf } from './title-segments';

const SEPARATOR = /[-_.]/u;
const SPACE = /\s/u;
/**
 * Letters and digits only. Irregexp compiles Unicode classes to large machine code (this one
 * ~20 KB; the whole id as one pattern, the class twice, ~70 KB of the popup's heap),
 * so it runs only on the rare segment that gets past the cheap checks before it.
 */
const LETTERS_AND_DIGITS = /^[\p{L}\p{N}]+$/u;

/**
 * Whether a segment is a document's id rather than words: three or more parts of letters and
 * digits joined by `-`, `_` or `.`, no spaces (`draft-fernhill-netpol-03`, `ADR-0042-storage`), at
 * least one with a digit and two with letters (so `v1.30.2` or `2024-05-01` stay).
 */
export function isDocumentId(segment: string): boolean {
  const text = segment.trim();
  const parts = text.split(SEPARATOR);
  if (parts.length < 3 || SPACE.test(text) || !parts.every((part) => LETTERS_AND_DIGITS.test(part))) return false;
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
