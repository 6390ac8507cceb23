import { ASCII_PUNCTUATION, startsCharacterReference } from './commonmark-syntax';

/*
 * Minimal escaping of a title inside `[...]`: a character gets a backslash only if CommonMark
 * could otherwise read it as syntax, so archive titles (balanced brackets, `!&|#*`, leading and
 * trailing spaces) are written exactly as published.
 */

/**
 * Emphasis delimiters need a partner inside the link text to mean anything, so one alone is
 * plain text. Backticks are not among them: a code span outranks the link, so one backtick
 * in the title could pair with another in the URL and swallow the `](`.
 */
const PAIRED_DELIMITERS = ['*', '_', '~'];

/** What `escapeLinkText` must know about the rest of the issue. */
export interface TitleEscapeOptions {
  /**
   * Escape every bracket. Needed when the issue may define link references (some intro or
   * commentary contains `]:`), since `[25]` in a title would then become a link of its own.
   */
  escapeAllBrackets: boolean;
}

/** Indexes of brackets that do not pair up, or that pair up but could start a nested link. */
function bracketsToEscape(title: string, escapeAll: boolean): Set<number> {
  const toEscape = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < title.length; i++) {
    const ch = title[i];
    if (ch === '[') open.push(i);
    else if (ch === ']') {
      const start = open.pop();
      if (start === undefined) toEscape.add(i);
      else if (escapeAll || title[i + 1] === '(' || title[i + 1] === '[') toEscape.add(start).add(i);
    }
  }
  for (const start of open) toEscape.add(start);
  return toEscape;
}

/** A title (plain text, one line) as Markdown link text whose rendered text is the title. */
export function escapeLinkText(title: string, options: TitleEscapeOptions): string {
  const brackets = bracketsToEscape(title, options.escapeAllBrackets);
  const paired = new Set(PAIRED_DELIMITERS.filter((d) => title.split(d).length > 2));
  let out = '';
  for (let i = 0; i < title.length; i++) {
    const ch = title[i]!;
    const next = title[i + 1];
    const needsEscape =
      brackets.has(i) ||
      paired.has(ch) ||
      ch === '`' ||
      (ch === '\\' && (next === undefined || ASCII_PUNCTUATION.test(next))) ||
      (ch === '<' && next !== undefined && !/\s/.test(next)) ||
      (ch === '&' && startsCharacterReference(title, i));
    out += needsEscape ? `\\${ch}` : ch;
  }
  return out;
}
