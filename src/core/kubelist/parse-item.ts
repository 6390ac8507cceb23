import type { IssueItem } from '../issue';
import { readBlockLine } from './block-text';
import { COMMENTARY_INDENT, ITEM_PREFIX, isFooterLike } from './layout';
import { type Cursor, isItemStart } from './parse-cursor';
import { scanLink } from './scan-link';
import { urlProblem } from './url-policy';

/** Title and URL from an item's first line; problems name the item by its position. */
function readTitleLine(c: Cursor, n: number): { title: string; url: string } {
  const line = c.line!;
  const marker = /^\d{1,9}\.[ \t]?/.exec(line)![0];
  if (marker !== ITEM_PREFIX) c.report({ code: 'itemMarker', item: n, marker, expected: ITEM_PREFIX });
  const rest = line.slice(marker.length);
  if (!rest.startsWith('[')) {
    c.report({ code: 'noLink', item: n, expected: ITEM_PREFIX });
    return { title: rest, url: '' };
  }
  const link = scanLink(line, marker.length);
  if (!link.ok) {
    c.report({ code: 'brokenLink', item: n, title: link.title, why: link.reason });
    return { title: link.title, url: '' };
  }
  if (link.ignored) c.report({ code: 'linkTitleIgnored', item: n, ignored: link.ignored });
  if (link.end < line.length) c.report({ code: 'textAfterLink', item: n, text: line.slice(link.end) });
  const bad = urlProblem(link.url);
  if (bad) c.report({ code: 'badUrl', item: n, title: link.title, url: bad });
  return { title: link.title, url: link.url };
}

/** The commentary's first line: four spaces of indentation expected, a tab or less tolerated. */
function readFirstCommentaryLine(c: Cursor, n: number): string | null {
  const line = c.line;
  if (line === undefined) {
    c.report({ code: 'endsInItem', item: n }, c.at);
    return null;
  }
  if (line === '' || isItemStart(line) || isFooterLike(line)) {
    c.report({ code: 'noCommentary', item: n });
    return null;
  }
  c.at++;
  if (line.startsWith(COMMENTARY_INDENT)) return line.slice(COMMENTARY_INDENT.length);
  if (line.startsWith('\t')) {
    c.report({ code: 'tabIndent', item: n }, c.at);
    return line.slice(1);
  }
  c.report({ code: 'badIndent', item: n }, c.at);
  return line.replace(/^ {1,3}/, '');
}

/**
 * Index just past the blank lines here when they continue the commentary (another tool's
 * paragraph break, followed by an indented line), or -1 when they end the item.
 */
function blankRunInsideCommentary(c: Cursor): number {
  let next = c.at;
  while (c.lines[next] === '') next++;
  const after = c.lines[next];
  return after !== undefined && /^[ \t]/.test(after) ? next : -1;
}

/** Reads one item, starting at its `1. ` line; never more than the lines that belong to it. */
export function readItem(c: Cursor, n: number): IssueItem {
  const { title, url } = readTitleLine(c, n);
  c.at++;
  if (c.line === '') c.at++;
  else if (!c.done) c.report({ code: 'noBlankAfterTitle', item: n });
  const first = readFirstCommentaryLine(c, n);
  if (first === null) return { title, url, commentary: '' };
  const lines = [first];
  while (!c.done && !isItemStart(c.line) && !isFooterLike(c.line!)) {
    if (c.line === '') {
      // The whole run at once: looking ahead from every blank line would be quadratic.
      const end = blankRunInsideCommentary(c);
      if (end < 0) break;
      c.report({ code: 'blankInCommentary', item: n });
      for (; c.at < end; c.at++) lines.push('');
      continue;
    }
    lines.push(readBlockLine(c.line!, COMMENTARY_INDENT));
    c.at++;
  }
  return { title, url, commentary: lines.join('\n') };
}
