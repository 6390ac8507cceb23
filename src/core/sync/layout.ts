import { exportFileName } from '../export-file-name';

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

export const issuePath = (number: number): string => `${ISSUES_DIR}${exportFileName(number)}`;
export const draftItemPath = (id: string): string => `${DRAFT_ITEMS_DIR}${id}.json`;
export const poolItemPath = (id: string): string => `${POOL_DIR}${id}.json`;

/** The paths a sync reads and writes; everything else in the repository is the curator's own and left alone. */
export const isSyncedPath = (path: string): boolean =>
  path === GITATTRIBUTES_PATH ||
  path === DRAFT_ISSUE_PATH ||
  path === NEWSLETTER_PATH ||
  path === FEED_PATH ||
  ((path.startsWith(DRAFT_ITEMS_DIR) || path.startsWith(POOL_DIR)) && path.endsWith('.json')) ||
  ISSUE_FILE.test(path);

const ISSUE_FILE = /^issues\/kubelist-(\d{1,9})\.md$/;

/** The issue number a path names, or null when it is not an issue file. */
export function issueNumberOf(path: string): number | null {
  const match = ISSUE_FILE.exec(path);
  return match ? Number(match[1]) : null;
}
