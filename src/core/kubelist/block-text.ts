import { splitLines } from './line-breaks';

/*
 * Intro and commentary are Markdown/HTML source, written as the curator typed them. Their first
 * line carries a prefix (`> ` or four spaces). Later lines are written bare when CommonMark
 * would read them as lazy continuation lines of the paragraph above (that is how the archive
 * hard-wraps), and with the prefix otherwise, so a line such as `1. `, `# `, `> `, `---`,
 * `<div>` or a blank line stays inside its blockquote or list item. A bare line never starts
 * with whitespace or `>`, so the reader strips the prefix from exactly the lines that got one.
 */

/** Characters that may open a block (or a table/definition) when they start a line. */
const BLOCK_OPENERS = new Set(['#', '>', '-', '+', '*', '_', '=', '`', '~', '<', '|', '[', ':']);

/**
 * True when a line written at column 0 right after an open paragraph can only continue that
 * paragraph: it is not blank, does not start with whitespace, a block opener or a list number.
 */
export function isPlainLine(line: string): boolean {
  const first = line[0];
  if (first === undefined || /\s/.test(first) || BLOCK_OPENERS.has(first)) return false;
  return !/^\d{1,9}[.)]/.test(line);
}

/**
 * Lines of a block: the first with `prefix`, later ones bare while every line so far is plain
 * (so a paragraph is still open to continue), and with `prefix` from the first other line on.
 */
export function writeBlock(text: string, prefix: string): string[] {
  const [first = '', ...rest] = splitLines(text);
  let paragraphOpen = isPlainLine(first);
  const lines = [prefix + first];
  for (const line of rest) {
    paragraphOpen &&= isPlainLine(line);
    lines.push(paragraphOpen ? line : prefix + line);
  }
  return lines;
}

/** Inverse of `writeBlock` for one continuation line: strips the prefix if it has one. */
export function readBlockLine(line: string, prefix: string): string {
  return line.startsWith(prefix) ? line.slice(prefix.length) : line;
}
