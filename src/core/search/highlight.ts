import { originalPrefixLength } from './fold-text';
import type { SearchQuery } from './parse-query';
import type { WordSpan } from './word-spans';

/** A piece of shown text; `match` pieces are what the query found (the UI wraps them in <mark>). */
export interface Segment {
  text: string;
  match: boolean;
}

/** A matched stretch of text, and which parts of the query (one bit each) it matched. */
type Range = [start: number, end: number, parts: number];

const bit = (part: number) => 1 << (part % 31);

/** The stretches of `text` the query matches: term prefixes of words, and whole phrases. */
export function matchRanges(text: string, spans: readonly WordSpan[], query: SearchQuery): Range[] {
  const ranges: Range[] = [];
  spans.forEach((span, i) => {
    query.terms.forEach((term, t) => {
      if (!span.folded.startsWith(term)) return;
      ranges.push([span.start, span.start + originalPrefixLength(text.slice(span.start, span.end), term.length), bit(t)]);
    });
    query.phrases.forEach((phrase, p) => {
      const last = spans[i + phrase.length - 1];
      if (last && phrase.every((word, k) => spans[i + k]!.folded === word)) ranges.push([span.start, last.end, bit(query.terms.length + p)]);
    });
  });
  return merge(ranges);
}

function merge(ranges: Range[]): Range[] {
  const merged: Range[] = [];
  for (const [start, end, parts] of ranges.sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) {
      last[1] = Math.max(last[1], end);
      last[2] |= parts;
    } else merged.push([start, end, parts]);
  }
  return merged;
}

/** `text[from, to)` cut into plain and matched segments, runs of whitespace shown as one space. */
export function toSegments(text: string, ranges: readonly Range[], from = 0, to = text.length): Segment[] {
  const segments: Segment[] = [];
  const push = (start: number, end: number, match: boolean) => {
    if (end > start) segments.push({ text: text.slice(start, end).replace(/\s+/g, ' '), match });
  };
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    push(at, Math.max(at, start), false);
    push(Math.max(at, start), Math.min(end, to), true);
    at = Math.min(end, to);
  }
  push(at, to, false);
  return segments;
}

/** Characters of a long blurb shown before the chosen match, and in all. */
const BEFORE = 60;
const LENGTH = 200;

const countBits = (n: number) => n.toString(2).replace(/0/g, '').length;

/**
 * The match a window should start near: the first of those whose window shows the most parts of
 * the query, counting twice the parts the title does not already show.
 */
function anchor(ranges: readonly Range[], shownElsewhere: number): Range | undefined {
  let best: Range | undefined;
  let bestScore = 0;
  for (const range of ranges) {
    const from = range[0] - BEFORE;
    const parts = ranges.filter(([start, end]) => start >= from && end <= from + LENGTH).reduce((mask, r) => mask | r[2], 0);
    const score = countBits(parts) + countBits(parts & ~shownElsewhere);
    if (score > bestScore) [best, bestScore] = [range, score];
  }
  return best;
}

/** Which parts of the query some ranges show. */
export const partsShown = (ranges: readonly Range[]) => ranges.reduce((mask, range) => mask | range[2], 0);

/**
 * A window of a long blurb around its matches (where it shows the most words of the query),
 * cut at spaces and marked with `…` where it was cut; the start of the blurb when nothing matched.
 */
export function snippet(text: string, ranges: readonly Range[], shownElsewhere = 0): Segment[] {
  if (text.length <= LENGTH) return toSegments(text, ranges);
  const near = anchor(ranges, shownElsewhere);
  const first = near?.[0] ?? 0;
  let from = Math.max(0, first - BEFORE);
  if (from > 0) from = Math.min(first, text.indexOf(' ', from) + 1 || first);
  let to = Math.min(text.length, from + LENGTH);
  if (to < text.length) to = Math.max(text.lastIndexOf(' ', to), Math.min(text.length, near?.[1] ?? 0), from + 1);
  const segments = toSegments(text, ranges, from, to);
  if (from > 0) segments.unshift({ text: '…', match: false });
  if (to < text.length) segments.push({ text: '…', match: false });
  return segments;
}
