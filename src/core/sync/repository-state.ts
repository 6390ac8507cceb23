import { urlKey } from '../cleanup/url-key';
import { ISSUE_FIELDS, type IssueRecord, ITEM_FIELDS, type ItemRecord, isPooled } from '../model';
import { feedFile, type PreviousFeed } from './feed-file';
import {
  DRAFT_ISSUE_PATH,
  DRAFT_ITEMS_DIR,
  draftItemPath,
  FEED_PATH,
  GITATTRIBUTES_PATH,
  GITATTRIBUTES_TEXT,
  issueFileNamed,
  issueNumberOf,
  NEWSLETTER_PATH,
  POOL_DIR,
  poolItemPath,
} from './layout';
import { DEFAULT_NEWSLETTER, NEWSLETTER_SETTINGS, type NewsletterSettings, newsletterSettings } from './newsletter-settings';
import { type RecordFileProblem, readRecordFile, writeRecordFile } from './record-file';

/** What a sync keeps in the repository, read into records: the draft, its items and the published issues' files. */
export interface SyncState {
  draft: IssueRecord | null;
  /** The draft's items. */
  items: ItemRecord[];
  /** The pool's links (items of POOL_ISSUE_ID). */
  pool: ItemRecord[];
  /**
   * Each published issue's exported file, by its path: named by the newsletter's file-name pattern,
   * or by Kubelist's own (`issues/kubelist-1.md`) in a repository written before the pattern changed.
   * One file per number (`issueTexts`).
   */
  issueFiles: ReadonlyMap<string, string>;
  /** The newsletter's settings; the defaults where the repository has none yet. */
  newsletter: NewsletterSettings;
}

export const EMPTY_STATE: SyncState = { draft: null, items: [], pool: [], issueFiles: new Map(), newsletter: DEFAULT_NEWSLETTER };

/** A file of the repository that was not taken in, and why; it is left as it is. */
export interface FileProblem {
  path: string;
  problem: RecordFileProblem | { code: 'draftNotDraft' } | { code: 'wrongFolder' };
}

/** Derived on reading, never trusted from a file (as restore does). */
const ITEM_DERIVED = ['urlKey'] as const;
const withUrlKey = (values: Record<string, unknown>) => ({ ...values, urlKey: typeof values.url === 'string' ? urlKey(values.url) : undefined });

/** The synced files of a commit (path → text), read into a state; files that do not read are listed, not guessed at. */
export function readState(files: ReadonlyMap<string, string>): { state: SyncState; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  let draft: IssueRecord | null = null;
  const items: ItemRecord[] = [];
  const pool: ItemRecord[] = [];
  const issueFiles = new Map<string, string>();
  // First: the newsletter's file-name pattern says which files beside the issues are issues.
  let newsletter = DEFAULT_NEWSLETTER;
  const settingsText = files.get(NEWSLETTER_PATH);
  if (settingsText !== undefined) {
    try {
      newsletter = newsletterSettings(JSON.parse(settingsText));
    } catch {
      problems.push({ path: NEWSLETTER_PATH, problem: { code: 'notJson' } });
    }
  }
  const pattern = newsletter.fileNamePattern;
  const issuePaths = new Map<number, string>();
  for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (path === NEWSLETTER_PATH) continue;
    if (path === DRAFT_ISSUE_PATH) {
      const read = readRecordFile(ISSUE_FIELDS, text);
      if ('problem' in read) problems.push({ path, problem: read.problem });
      else if (read.record.status !== 'draft') problems.push({ path, problem: { code: 'draftNotDraft' } });
      else draft = read.record;
    } else if (path.startsWith(DRAFT_ITEMS_DIR) || path.startsWith(POOL_DIR)) {
      const inPool = path.startsWith(POOL_DIR);
      const read = readRecordFile(ITEM_FIELDS, text, withUrlKey);
      if ('problem' in read) problems.push({ path, problem: read.problem });
      else if ((inPool ? poolItemPath : draftItemPath)(read.record.id) !== path)
        problems.push({ path, problem: { code: 'idNotFileName', id: read.record.id } });
      else if (inPool !== isPooled(read.record)) problems.push({ path, problem: { code: 'wrongFolder' } });
      else (inPool ? pool : items).push(read.record);
    } else {
      const number = issueNumberOf(path, pattern);
      if (number === null) continue;
      // Named both ways (the pattern changed while a file of the old name came back): the pattern's name is the issue.
      const other = issuePaths.get(number);
      if (other !== undefined && issueFileNamed(other, pattern) !== null) continue;
      if (other !== undefined) issueFiles.delete(other);
      issuePaths.set(number, path);
      issueFiles.set(path, text);
    }
  }
  return { state: { draft, items, pool, issueFiles, newsletter }, problems };
}

/**
 * The files a state is written as, the `.gitattributes` that keeps issue files byte for byte
 * among them, and the archive's feed (kept from `previous` when the issues did not change).
 */
export function writeState(state: SyncState, previous?: PreviousFeed): Map<string, string> {
  const files = stateFiles(state);
  const feed = feedFile(state, previous);
  if (feed !== null) files.set(FEED_PATH, feed);
  return files;
}

/** The files a state is written as, without the feed (which is derived from the issue files). */
export function stateFiles(state: SyncState): Map<string, string> {
  const files = new Map<string, string>([
    [GITATTRIBUTES_PATH, GITATTRIBUTES_TEXT],
    // Keys in the table's order; a replacer list would also strip the keys inside templates and sections.
    [NEWSLETTER_PATH, `${JSON.stringify(Object.fromEntries(NEWSLETTER_SETTINGS.map((name) => [name, state.newsletter[name]])), null, 2)}\n`],
  ]);
  if (state.draft) files.set(DRAFT_ISSUE_PATH, writeRecordFile(ISSUE_FIELDS, state.draft));
  for (const item of state.items) files.set(draftItemPath(item.id), writeRecordFile(ITEM_FIELDS, item, ITEM_DERIVED));
  for (const item of state.pool) files.set(poolItemPath(item.id), writeRecordFile(ITEM_FIELDS, item, ITEM_DERIVED));
  for (const [path, text] of state.issueFiles) files.set(path, text);
  return files;
}
