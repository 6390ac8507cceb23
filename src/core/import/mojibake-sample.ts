/** One place where a mojibake repair changes the text, as the curator sees it before and after. */
export interface MojibakeSample {
  /** 1-based line of the first change. */
  line: number;
  before: string;
  after: string;
}

/** Characters of context kept before the first change, and the most shown in all. */
const LEAD = 16;
const WIDTH = 64;

function excerpt(line: string, start: number): string {
  let end = Math.min(line.length, start + WIDTH);
  // Keep an emoji whole rather than end on half of it.
  if (/[\ud800-\udbff]/.test(line[end - 1] ?? '')) end--;
  return `${start > 0 ? '…' : ''}${line.slice(start, end)}${end < line.length ? '…' : ''}`;
}

/**
 * The first line a repair changes, cut around the change, so the preview can show
 * `Weâ€™re` → `We’re` without printing the whole file. Null when nothing changed.
 * (The repair only rewrites non-ASCII characters, so line breaks stay on the same lines.)
 */
export function mojibakeSample(before: string, after: string): MojibakeSample | null {
  const old = before.split('\n');
  const fixed = after.split('\n');
  const index = old.findIndex((line, i) => line !== fixed[i]);
  if (index < 0) return null;
  const a = old[index]!;
  const b = fixed[index] ?? '';
  // Mangled text is all single UTF-16 units, so the prefix it shares with the repair holds no
  // surrogate pair for the start of the cut to split.
  let same = 0;
  while (same < a.length && a[same] === b[same]) same++;
  const start = Math.max(0, same - LEAD);
  return { line: index + 1, before: excerpt(a, start), after: excerpt(b, start) };
}
