import { checkFileNamePattern, DEFAULT_FILE_NAME_PATTERN, issueFileName } from '../file-name-pattern';

/**
 * Where each record lives in the newsletter's repository. Published issues are the exported
 * files themselves; the draft is one small JSON file per record, so two curators adding links
 * write different files and git never has to merge inside one.
 */
export const DRAFT_ISSUE_PATH = '.curator/draft/issue.json';
/** The settings that belong to the newsletter (`newsletter-settings.ts`). */
export const NEWSLETTER_PATH = '.curator/newsletter.json';
export const DRAFT_ITEMS_DIR = '.curator/draft/items/';
/** The pool of collected links, one file per link: what two curators collect never collides. */
export const POOL_DIR = '.curator/pool/';
export const ISSUES_DIR = 'issues/';
/** The archive's Atom feed, beside the issue files: derived from them, so an edit to it is overwritten. */
export const FEED_PATH = `${ISSUES_DIR}feed.xml`;
/** Issue files are bytes to keep (CRLF, tabs, no final newline): command-line git must never convert them. */
export const GITATTRIBUTES_PATH = '.gitattributes';
export const GITATTRIBUTES_TEXT = `${ISSUES_DIR}*.md -text\n`;

/**
 * Where an issue's file goes under the file-name pattern `pattern` (Settings; Kubelist's own
 * `kubelist-{number}.md` when none is given or it cannot be used). `date` fills `{date}`.
 */
export const issuePath = (number: number, pattern = DEFAULT_FILE_NAME_PATTERN, date = ''): string => `${ISSUES_DIR}${issueFileName(pattern, { number, date })}`;
export const draftItemPath = (id: string): string => `${DRAFT_ITEMS_DIR}${id}.json`;
export const poolItemPath = (id: string): string => `${POOL_DIR}${id}.json`;

/** The paths a sync reads and writes besides the issue files, whose names depend on the pattern (`issueNumberOf`). */
const isRecordPath = (path: string): boolean =>
  path === GITATTRIBUTES_PATH ||
  path === DRAFT_ISSUE_PATH ||
  path === NEWSLETTER_PATH ||
  path === FEED_PATH ||
  ((path.startsWith(DRAFT_ITEMS_DIR) || path.startsWith(POOL_DIR)) && path.endsWith('.json'));

/**
 * The paths a sync reads and writes under the file-name pattern `pattern`; everything else in the
 * repository (a README, images beside the issues) is the curator's own and left alone.
 */
export const isSyncedPath = (path: string, pattern = DEFAULT_FILE_NAME_PATTERN): boolean => isRecordPath(path) || issueNumberOf(path, pattern) !== null;

/**
 * Whether a path may be synced under some pattern: a record's, or a file directly in `issues/`.
 * Which of those are issue files is known once the newsletter's settings are read (`isSyncedPath`).
 */
export const maySyncPath = (path: string): boolean => isRecordPath(path) || (path.startsWith(ISSUES_DIR) && !path.slice(ISSUES_DIR.length).includes('/'));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Paths the pattern may have written; the number and date captured, checked by writing the path again. */
function patternMatcher(pattern: string): RegExp {
  const captured = new Set<string>();
  const source = pattern.split(/(\{number\}|\{date\})/).map((part) => {
    if (part !== '{number}' && part !== '{date}') return escapeRegExp(part);
    const [group, value] = part === '{number}' ? ['n', '\\d{1,9}'] : ['d', '\\d{4}-\\d{2}-\\d{2}|undated'];
    // A placeholder named twice captures once; the path written again checks its other places.
    if (captured.has(group)) return `(?:${value})`;
    captured.add(group);
    return `(?<${group}>${value})`;
  });
  return new RegExp(`^${escapeRegExp(ISSUES_DIR)}${source.join('')}$`);
}

const matchers = new Map<string, RegExp>();

/** The number and date an issue file's path names under `pattern` alone, or null when the pattern did not write it. */
export function issueFileNamed(path: string, pattern: string): { number: number; date: string } | null {
  const usable = checkFileNamePattern(pattern) === null ? pattern : DEFAULT_FILE_NAME_PATTERN;
  let matcher = matchers.get(usable);
  if (matcher === undefined) {
    matcher = patternMatcher(usable);
    matchers.set(usable, matcher);
  }
  const groups = matcher.exec(path)?.groups;
  if (!groups) return null;
  const number = Number(groups.n);
  const date = groups.d ?? '';
  return issuePath(number, usable, date) === path ? { number, date } : null;
}

/**
 * The issue number a path names, or null when it is not an issue file: a file named by the
 * pattern in force, or by Kubelist's own pattern, so a repository written before the pattern
 * changed is still read.
 */
export function issueNumberOf(path: string, pattern = DEFAULT_FILE_NAME_PATTERN): number | null {
  return (issueFileNamed(path, pattern) ?? issueFileNamed(path, DEFAULT_FILE_NAME_PATTERN))?.number ?? null;
}
