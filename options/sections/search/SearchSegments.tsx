import type { Segment } from '../../../src/core/search';

/** Highlighted text as elements: matches in <mark>, the rest as text (never as HTML). */
export function SearchSegments({ segments }: { segments: readonly Segment[] }) {
  return <>{segments.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text))}</>;
}
