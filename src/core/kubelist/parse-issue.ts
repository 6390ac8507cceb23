import { isIsoDate } from '../dates';
import type { Issue, IssueItem } from '../issue';
import { readBlockLine } from './block-text';
import { DEFAULT_ISSUE_URL_BASE, footerLine, HEADLINE_PREFIX, INTRO_PREFIX, isFooterLike, readHeadingText } from './layout';
import { Cursor, isItemStart } from './parse-cursor';
import { readItem } from './parse-item';
import type { ParseProblem } from './parse-problem';
import { readInput } from './read-input';
import { scanLink } from './scan-link';

/** Options for `parseIssue`. */
export interface ParseOptions {
  /** The base the heading is expected to link to (followed by the issue number). */
  issueUrlBase?: string;
}

/** What `parseIssue` read, and what the curator should know about it. */
export interface ParseResult {
  issue: Issue;
  problems: ParseProblem[];
}

function readHeading(c: Cursor, issue: Issue, base: string): boolean {
  const line = c.line ?? '';
  const link = line.startsWith('## [') ? scanLink(line, 3) : null;
  const text = link?.ok && link.end === line.length ? readHeadingText(link.title) : null;
  if (!link?.ok || !text) {
    c.report({ code: line.startsWith('## ') ? 'badHeading' : 'noHeading' });
    if (!line.startsWith('## ')) return false;
    c.at++;
    return true;
  }
  issue.number = text.number;
  issue.date = text.date;
  if (!isIsoDate(text.date)) c.report({ code: 'badDate', date: text.date });
  if (link.url !== base + text.number) c.report({ code: 'headingLink', url: link.url, expected: base + text.number });
  c.at++;
  return true;
}

function readHeadline(c: Cursor, issue: Issue): boolean {
  const line = c.line ?? '';
  if (!line.startsWith(HEADLINE_PREFIX) && line !== HEADLINE_PREFIX.trimEnd()) {
    c.report({ code: 'noHeadline' });
    return false;
  }
  issue.headline = line.slice(HEADLINE_PREFIX.length);
  c.at++;
  return true;
}

function readIntro(c: Cursor, issue: Issue): boolean {
  const first = c.line ?? '';
  if (!first.startsWith('>')) {
    c.report({ code: 'noIntro' });
    return false;
  }
  const lines = [first.startsWith(INTRO_PREFIX) ? first.slice(INTRO_PREFIX.length) : first.slice(1)];
  c.at++;
  while (!c.done && c.line !== '' && !isItemStart(c.line) && !isFooterLike(c.line!)) {
    lines.push(c.line === '>' ? '' : readBlockLine(c.line!, INTRO_PREFIX));
    c.at++;
  }
  issue.intro = lines.join('\n');
  return true;
}

function readItems(c: Cursor): IssueItem[] {
  const items: IssueItem[] = [];
  while (!c.done && !isFooterLike(c.line!)) {
    if (isItemStart(c.line)) items.push(readItem(c, items.length + 1));
    else if (c.line !== '') c.skipUnexpected('betweenItems');
    else {
      const blank = c.at;
      while (c.line === '') c.at++;
      if (!isItemStart(c.line)) {
        c.at = blank;
        return items;
      }
      c.report({ code: 'blankBeforeItem', item: items.length + 1 }, blank + 1);
    }
  }
  return items;
}

function readFooter(c: Cursor, issue: Issue, items: IssueItem[]): void {
  if (items.length > 0) c.separator('beforeFooter');
  while (!c.done && !isFooterLike(c.line!)) {
    if (c.line === '') c.at++;
    else c.skipUnexpected('beforeFooter');
  }
  if (c.done) {
    const last = items.at(-1);
    c.report({ code: 'noFooter', last: last ? { item: items.length, title: last.title } : null }, c.lines.length);
    return;
  }
  const expected = footerLine(issue.number, issue.date);
  // Without a heading there is no number to check the footer against; that was reported.
  if (issue.number > 0 && c.line !== expected) c.report({ code: 'wrongFooter', number: issue.number, expected });
  c.at++;
  const rest = c.lines.slice(c.at);
  if (rest.every((line) => line === '')) {
    if (rest.length > 0) c.report({ code: 'lineBreakAfterFooter' }, c.at);
  } else {
    c.report({ code: 'textAfterFooter' }, c.at + 1 + rest.findIndex((line) => line !== ''));
  }
}

function emptyIssue(): Issue {
  return { number: 0, date: '', headline: '', intro: '', items: [] };
}

/** Reads a Kubelist issue without ever throwing; every deviation from the format is reported. */
export function parseIssue(markdown: string, options: ParseOptions = {}): ParseResult {
  const issue = emptyIssue();
  const { lines, problems } = readInput(markdown);
  if (!lines) return { issue, problems };
  const c = new Cursor(lines, problems);
  try {
    if (readHeading(c, issue, options.issueUrlBase ?? DEFAULT_ISSUE_URL_BASE)) c.separator('afterHeading');
    if (readHeadline(c, issue)) c.separator('afterHeadline');
    if (readIntro(c, issue)) c.separator('afterIntro');
    issue.items = readItems(c);
    readFooter(c, issue, issue.items);
  } catch (error) {
    // A bug here must not take the import screen down; the curator still gets a message.
    c.report({ code: 'unreadable', error: String(error) });
  }
  return { issue, problems: [...problems].sort((a, b) => a.line - b.line) };
}
