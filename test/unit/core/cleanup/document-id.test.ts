import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDocumentId } from '../../../../src/core/cleanup/document-id';

/** The rule as one pattern, as it was written before its cost in the popup's heap was seen. */
function asOnePattern(segment: string): boolean {
  const text = segment.trim();
  if (!/^[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+){2,}$/u.test(text)) return false;
  const parts = text.split(/[-_.]/u);
  return parts.some((part) => /\p{N}/u.test(part)) && parts.filter((part) => /\p{L}{2,}/u.test(part)).length >= 2;
}

describe('isDocumentId', () => {
  it.each([
    ['draft-fernhill-netpol-03', true],
    ['ADR-0042-storage', true],
    ['rfc_9110.http.semantics2', true],
    ['KEP-1287-in-place-update', true],
    ['v1.30.2', false],
    ['2024-05-01', false],
    ['draft-fernhill', false],
    ['draft--fernhill-03', false],
    ['draft-fernhill-03-', false],
    ['draft fernhill-netpol-03', false],
    ['Überblick-Größe-04', true],
    ['', false],
  ])('%j → %s', (segment, expected) => {
    expect(isDocumentId(segment)).toBe(expected);
  });

  it('says what the one pattern said, for any text of letters, digits, joiners and spaces', () => {
    const char = fc.constantFrom('a', 'B', 'ü', 'ж', '監', '1', '٣', '²', '-', '_', '.', ' ', '\t', '/', '—', 'é');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), (chars) => {
        const segment = chars.join('');
        expect(isDocumentId(segment)).toBe(asOnePattern(segment));
      }),
      { numRuns: 5000 },
    );
  });
});
