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

const HEADING_FORM = '“## [Kubelist Issue #{number} for {YYYY-MM-DD}]({link})”';

function readHeading(c: Cursor, issue: Issue, base: string): boolean {
  const line = c.line ?? '';
  const link = line.startsWith('## [') ? scanLink(line, 3) : null;
  const text = link?.ok && link.end === line.length ? readHeadingText(link.title) : null;
  if (!link?.ok || !text) {
    c.report(line.startsWith('## ') ? `The heading is not in the form ${HEADING_FORM}.` : `The issue heading ${HEADING_FORM} is missing.`);
    if (!line.startsWith('## ')) return false;
    c.at++;
    return true;
  }
  issue.number = text.number;
  issue.date = text.date;
  if (!isIsoDate(text.date)) c.report(`The issue date “${text.date}” is not a real date written YYYY-MM-DD.`);
  if (link.url !== base + text.number) c.report(`The heading links to ${link.url}; the export will link to ${base + text.number}.`);
  c.at++;
  return true;
}

function readHeadline(c: Cursor, issue: Issue): boolean {
  const line = c.line ?? '';
  if (!line.startsWith(HEADLINE_PREFIX) && line !== HEADLINE_PREFIX.trimEnd()) {
    c.report('The headline (a line starting with “#### ”) is missing.');
    return false;
  }
  issue.headline = line.slice(HEADLINE_PREFIX.length);
  c.at++;
  return true;
}

function readIntro(c: Cursor, issue: Issue): boolean {
  const first = c.line ?? '';
  if (!first.startsWith('>')) {
    c.report('The intro (a paragraph starting with “> ”) is missing.');
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
    else if (c.line !== '') c.skipUnexpected('between the items');
    else {
      const blank = c.at;
      while (c.line === '') c.at++;
      if (!isItemStart(c.line)) {
        c.at = blank;
        return items;
      }
      c.report(`Blank line before item ${items.length + 1}; the export has none there.`, blank + 1);
    }
  }
  return items;
}

function readFooter(c: Cursor, issue: Issue, items: IssueItem[]): void {
  if (items.length > 0) c.separator('between the last item and the footer');
  while (!c.done && !isFooterLike(c.line!)) {
    if (c.line === '') c.at++;
    else c.skipUnexpected('before the footer');
  }
  if (c.done) {
    const last = items.at(-1);
    const hint = last ? ` The last item (${items.length}, “${last.title}”) may be cut off.` : '';
    c.report(`The footer (“### [ << Prev ](…) … [ Next >> ](…)”) is missing: the file may be truncated.${hint}`, c.lines.length);
    return;
  }
  const expected = footerLine(issue.number, issue.date);
  // Without a heading there is no number to check the footer against; that was reported.
  if (issue.number > 0 && c.line !== expected) c.report(`The footer does not link issue ${issue.number}'s neighbours; the export writes “${expected}”.`);
  c.at++;
  const rest = c.lines.slice(c.at);
  if (rest.every((line) => line === '')) {
    if (rest.length > 0) c.report('The file ends with a line break after the footer; the export ends right after the footer.', c.at);
  } else {
    c.report('Text after the footer was ignored.', c.at + 1 + rest.findIndex((line) => line !== ''));
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
    if (readHeading(c, issue, options.issueUrlBase ?? DEFAULT_ISSUE_URL_BASE)) c.separator('after the heading');
    if (readHeadline(c, issue)) c.separator('after the headline');
    if (readIntro(c, issue)) c.separator('after the intro');
    issue.items = readItems(c);
    readFooter(c, issue, issue.items);
  } catch (error) {
    // A bug here must not take the import screen down; the curator still gets a message.
    c.report(`The file could not be read completely (${String(error)}).`);
  }
  return { issue, problems: [...problems].sort((a, b) => a.line - b.line) };
}
