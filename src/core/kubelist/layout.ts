import { exportFileName } from '../export-file-name';

/** Where every archived issue's heading links: base + issue number. */
export const DEFAULT_ISSUE_URL_BASE = 'https://kubelist.com/issue/';

/** The heading's and the footer's shape, as the problems about them quote it (the same in every language). */
export const HEADING_FORM = '## [Kubelist Issue #{number} for {YYYY-MM-DD}]({link})';
export const FOOTER_FORM = '### [ << Prev ](…) … [ Next >> ](…)';

/** Lines that open the footer and items; the parser and the formatter agree on them here. */
export const ITEM_PREFIX = '1. ';
export const HEADLINE_PREFIX = '#### ';
export const INTRO_PREFIX = '> ';
export const COMMENTARY_INDENT = '    ';

/**
 * Footer links as published where they differ from `kubelist-{n}.md`, keyed by number and
 * date: issue #100 of 2020-09-16 links its predecessor as `kubelist-099.md`. Kept so the
 * archive round-trips byte for byte; a new issue #100 (another date) gets the usual link.
 */
const PUBLISHED_PREV_LINKS: ReadonlyMap<string, string> = new Map([['100 2020-09-16', 'kubelist-099.md']]);

/** The heading's link text for an issue; the parser reads number and date back from it. */
export function headingText(number: number, date: string): string {
  return `Kubelist Issue #${number} for ${date}`;
}

/** Reads `Kubelist Issue #{number} for {date}` back; null when the text has another shape. */
export function readHeadingText(text: string): { number: number; date: string } | null {
  const match = /^Kubelist Issue #(\d{1,16}) for (.*)$/.exec(text);
  return match ? { number: Number(match[1]), date: match[2]! } : null;
}

/** The file the footer's "Prev" links, as published. */
export function previousFileName(number: number, date: string): string {
  return PUBLISHED_PREV_LINKS.get(`${number} ${date}`) ?? exportFileName(number - 1);
}

/** The last line of an issue (no newline follows it), linking the neighbouring issues' files. */
export function footerLine(number: number, date: string): string {
  return `### [ << Prev ](${previousFileName(number, date)}) ------------- [ Next >> ](${exportFileName(number + 1)})`;
}

/** True for a line that looks like a footer, whichever issues it links. */
export function isFooterLike(line: string): boolean {
  return line.startsWith('### [ << Prev ]');
}
