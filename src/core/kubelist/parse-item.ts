import type { IssueItem } from '../issue';
import { readBlockLine } from './block-text';
import { COMMENTARY_INDENT, ITEM_PREFIX, isFooterLike } from './layout';
import { type Cursor, isItemStart } from './parse-cursor';
import { type BrokenLink, scanLink } from './scan-link';
import { urlProblem, urlProblemText } from './url-policy';

const BROKEN_LINK: Record<BrokenLink['reason'], string> = {
  'no-closing-bracket': 'the title has no closing `]`, so the line looks cut off, and there is no URL',
  'no-url': 'the title is not followed by `(url)`, so the item has no URL',
  'cut-off-url': 'the URL has no closing `)`, so the line looks cut off; the URL was not kept',
};

/** Title and URL from an item's first line; problems name the item by its position. */
function readTitleLine(c: Cursor, n: number): { title: string; url: string } {
  const line = c.line!;
  const marker = /^\d{1,9}\.[ \t]?/.exec(line)![0];
  if (marker !== ITEM_PREFIX) c.report(`Item ${n} starts with “${marker}”; the export writes “${ITEM_PREFIX}”.`);
  const rest = line.slice(marker.length);
  if (!rest.startsWith('[')) {
    c.report(`Item ${n} has no link: expected “${ITEM_PREFIX}[title](url)”. Its text was kept as the title; it has no URL.`);
    return { title: rest, url: '' };
  }
  const link = scanLink(line, marker.length);
  if (!link.ok) {
    c.report(`Item ${n} “${link.title}”: ${BROKEN_LINK[link.reason]}.`);
    return { title: link.title, url: '' };
  }
  if (link.ignored) c.report(`Item ${n}: the link title “${link.ignored}” after the URL was ignored.`);
  if (link.end < line.length) c.report(`Item ${n}: the text after the link was ignored: “${line.slice(link.end)}”.`);
  const bad = urlProblem(link.url);
  if (bad) c.report(`Item ${n} “${link.title}”: ${urlProblemText(bad)}. Fix it before exporting.`);
  return { title: link.title, url: link.url };
}

/** The commentary's first line: four spaces of indentation expected, a tab or less tolerated. */
function readFirstCommentaryLine(c: Cursor, n: number): string | null {
  const line = c.line;
  if (line === undefined) {
    c.report(`The file ends inside item ${n}, which looks cut off: it has no commentary.`, c.at);
    return null;
  }
  if (line === '' || isItemStart(line) || isFooterLike(line)) {
    c.report(`Item ${n} has no commentary; the export will write an empty one.`);
    return null;
  }
  c.at++;
  if (line.startsWith(COMMENTARY_INDENT)) return line.slice(COMMENTARY_INDENT.length);
  if (line.startsWith('\t')) {
    c.report(`Item ${n}'s commentary is indented with a tab; the export uses four spaces.`, c.at);
    return line.slice(1);
  }
  c.report(`Item ${n}'s commentary should be indented by four spaces; the export will indent it.`, c.at);
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
  else if (!c.done) c.report(`Item ${n}: expected a blank line between the title and the commentary.`);
  const first = readFirstCommentaryLine(c, n);
  if (first === null) return { title, url, commentary: '' };
  const lines = [first];
  while (!c.done && !isItemStart(c.line) && !isFooterLike(c.line!)) {
    if (c.line === '') {
      // The whole run at once: looking ahead from every blank line would be quadratic.
      const end = blankRunInsideCommentary(c);
      if (end < 0) break;
      c.report(`Item ${n}: blank lines inside the commentary will be written as indented empty lines.`);
      for (; c.at < end; c.at++) lines.push('');
      continue;
    }
    lines.push(readBlockLine(c.line!, COMMENTARY_INDENT));
    c.at++;
  }
  return { title, url, commentary: lines.join('\n') };
}
