import { byPosition } from '../core/by-position';
import { POOL_ISSUE_ID } from '../core/model';
import { blobStandIn, issueFile, issueFileInputs, newsletterSettings, type SyncState } from '../core/sync';
import { draftToIssue } from './draft-repository';
import type { CuratorDatabase } from './open-db';
import type { IssueRecord, ItemRecord, RememberedIssueFile } from './schema';
import { loadSettings } from './settings-repository';
import { digestOf, rememberedIssueFiles, rememberIssueFiles } from './sync-issue-ids';

/** Whether the repository and the last sync both hold blob `id` at `path`: an issue file this browser remembers there need not be formatted again. */
export type KnownIssueFile = (file: { path: string; id: string }) => boolean;

/** This browser's side of a sync as `readSyncSide` reads it: the state, and each issue file's digest and id to remember. */
export interface SyncSide {
  state: SyncState;
  /** Every issue file's path, the digest of what it is made from, and its blob id when it was remembered. */
  files: { path: string; digest: string; id?: string }[];
}

/**
 * What this browser holds of what a sync keeps in the repository: the draft with its items, and
 * every published issue as its exported file, named by the file-name pattern. Issues that cannot
 * be exported are not synced.
 */
export async function readSyncState(db: CuratorDatabase): Promise<SyncState> {
  return (await readSyncSide(db)).state;
}

/**
 * `readSyncState`, and an issue whose file is remembered from the last sync (the same records,
 * settings and format) and `known` where it is stays a stand-in for that blob (`blobStandIn`):
 * it is neither formatted nor hashed again, so a sync's work here follows what changed, not the
 * archive's size.
 */
export async function readSyncSide(db: CuratorDatabase, known: KnownIssueFile = () => false): Promise<SyncSide> {
  const settings = await loadSettings(db);
  const { issueUrlBase, fileNamePattern: pattern } = settings;
  const remembered = await rememberedIssueFiles(db);
  const tx = db.transaction(['issues', 'items'], 'readonly');
  const issues = tx.objectStore('issues');
  const itemsByIssue = tx.objectStore('items').index('by-issue');
  const draft = (await issues.index('by-status').get('draft')) ?? null;
  const draftItems = draft ? (await itemsByIssue.getAll(draft.id)).sort(byPosition) : [];
  const pool = await itemsByIssue.getAll(POOL_ISSUE_ID);
  const published = await issues.index('by-status').getAll('published');
  const records: { issue: IssueRecord; items: ItemRecord[] }[] = [];
  for (const issue of published.sort((a, b) => a.number - b.number)) records.push({ issue, items: (await itemsByIssue.getAll(issue.id)).sort(byPosition) });
  await tx.done;
  // Digested after the transaction: only IndexedDB calls may run inside it.
  const issueFiles = new Map<string, string>();
  const files: SyncSide['files'] = [];
  for (const { issue, items } of records) {
    const digest = await digestOf(issueFileInputs([issue, items], issueUrlBase, pattern));
    const kept = remembered.get(digest);
    if (kept && known(kept)) {
      issueFiles.set(kept.path, blobStandIn(kept.id));
      files.push({ path: kept.path, digest, id: kept.id });
      continue;
    }
    const file = issueFile(draftToIssue({ issue, items }), issueUrlBase, pattern);
    if (file) {
      issueFiles.set(file.path, file.text);
      files.push({ path: file.path, digest });
    }
  }
  return { state: { draft, items: draftItems, pool, issueFiles, newsletter: newsletterSettings(settings) }, files };
}

/** Remembers each issue file's blob id (`ids`: path → id, as the sync worked them out) for the next sync. */
export async function rememberSyncSide(db: CuratorDatabase, side: SyncSide, ids: ReadonlyMap<string, string>): Promise<void> {
  const files: RememberedIssueFile[] = [];
  for (const { path, digest, id = ids.get(path) } of side.files) if (id !== undefined) files.push({ digest, path, id });
  await rememberIssueFiles(db, files);
}
