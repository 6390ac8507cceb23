import { unescapeInline } from './unescape';

/** A link read from the start of a line: its title and URL as the curator sees them. */
export interface ScannedLink {
  ok: true;
  title: string;
  url: string;
  /** Index just past the closing `)`. */
  end: number;
  /** Text inside the parentheses after the URL (a link title written by another tool). */
  ignored: string;
}

/** A line that starts like a link but is cut off; `title` is whatever text was there. */
export interface BrokenLink {
  ok: false;
  reason: 'no-closing-bracket' | 'no-url' | 'cut-off-url';
  title: string;
}

/** Index of the `]` closing the `[` at `start`, honouring nesting and escapes; -1 if none. */
function closingBracket(line: string, start: number): number {
  let depth = 0;
  for (let i = start; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\') i++;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i;
  }
  return -1;
}

/** Index just past a `<...>` destination starting at `start`, or -1 when it never closes. */
function pointyEnd(line: string, start: number): number {
  for (let i = start + 1; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '>') return i + 1;
    else if (line[i] === '<') return -1;
  }
  return -1;
}

/** Index just past a bare destination: stops at whitespace or at a `)` that closes nothing. */
function bareEnd(line: string, start: number): number {
  let depth = 0;
  for (let i = start; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\') i++;
    else if (/\s/.test(ch) || (ch === ')' && depth-- === 0)) return i;
    else if (ch === '(') depth++;
  }
  return line.length;
}

/** Reads `[title](url)` starting at `start` (which must hold `[`). */
export function scanLink(line: string, start: number): ScannedLink | BrokenLink {
  const close = closingBracket(line, start);
  if (close < 0) return { ok: false, reason: 'no-closing-bracket', title: unescapeInline(line.slice(start + 1)) };
  const title = unescapeInline(line.slice(start + 1, close));
  if (line[close + 1] !== '(') return { ok: false, reason: 'no-url', title };
  const destStart = close + 2;
  const pointy = line[destStart] === '<';
  const destEnd = pointy ? pointyEnd(line, destStart) : bareEnd(line, destStart);
  if (destEnd < 0) return { ok: false, reason: 'cut-off-url', title };
  const raw = pointy ? line.slice(destStart + 1, destEnd - 1) : line.slice(destStart, destEnd);
  const paren = line.indexOf(')', destEnd);
  if (paren < 0) return { ok: false, reason: 'cut-off-url', title };
  return { ok: true, title, url: unescapeInline(raw), end: paren + 1, ignored: line.slice(destEnd, paren).trim() };
}
