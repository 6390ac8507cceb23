import type { IDBPIndex } from 'idb';
import { byPosition } from '../core/by-position';
import { POOL_ISSUE_ID } from '../core/model';
import { blobStandIn, issueFile, issueFileInputs, newsletterSettings, type SyncState } from '../core/sync';
import { draftToIssue } from './draft-repository';
import type { CuratorDatabase } from './open-db';
import type { CuratorDb, IssueRecord, ItemRecord, RememberedIssueFile } from './schema';
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
  const published = (await issues.index('by-status').getAll('published')).sort((a, b) => a.number - b.number);
  const itemsOf = await itemsOfIssues(itemsByIssue, published);
  await tx.done;
  const records = published.map((issue) => ({ issue, items: itemsOf.get(issue.id)!.sort(byPosition) }));
  // Digested after the transaction: only IndexedDB calls may run inside it.
  const digests = await digestsOf(records, ({ issue, items }) => issueFileInputs([issue, items], issueUrlBase, pattern));
  const issueFiles = new Map<string, string>();
  const files: SyncSide['files'] = [];
  for (const [i, { issue, items }] of records.entries()) {
    const digest = digests[i]!;
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

/** Issues whose items one request reads: a request per issue made the read ten times slower at 13,300 issues. */
const ISSUES_PER_READ = 500;

type ItemsByIssue = IDBPIndex<CuratorDb, ['issues', 'items'], 'items', 'by-issue', 'readonly'>;

/**
 * The items of `issues`, by issue id: read a stretch of issue ids at a time, the requests all
 * under way together. A stretch may hold the draft's or the pool's items too; they are left out.
 */
async function itemsOfIssues(index: ItemsByIssue, issues: readonly IssueRecord[]): Promise<Map<string, ItemRecord[]>> {
  // Sorted as IndexedDB orders string keys (by UTF-16 code units, as Array#sort does).
  const ids = issues.map((issue) => issue.id).sort();
  const itemsOf = new Map<string, ItemRecord[]>(ids.map((id) => [id, []]));
  const reads: Promise<ItemRecord[]>[] = [];
  for (let first = 0; first < ids.length; first += ISSUES_PER_READ) {
    reads.push(index.getAll(IDBKeyRange.bound(ids[first]!, ids[Math.min(first + ISSUES_PER_READ, ids.length) - 1]!)));
  }
  for (const items of await Promise.all(reads)) for (const item of items) itemsOf.get(item.issueId)?.push(item);
  return itemsOf;
}

/** Digests worked out this many at a time: the browser hashes them side by side, and memory holds only so many texts. */
const DIGESTS_AT_ONCE = 256;

/** The digest of each of `values`' texts, in order. */
async function digestsOf<T>(values: readonly T[], text: (value: T) => string): Promise<string[]> {
  const digests: string[] = [];
  for (let first = 0; first < values.length; first += DIGESTS_AT_ONCE) {
    digests.push(...(await Promise.all(values.slice(first, first + DIGESTS_AT_ONCE).map((value) => digestOf(text(value))))));
  }
  return digests;
}

/** Remembers each issue file's blob id (`ids`: path → id, as the sync worked them out) for the next sync. */
export async function rememberSyncSide(db: CuratorDatabase, side: SyncSide, ids: ReadonlyMap<string, string>): Promise<void> {
  const files: RememberedIssueFile[] = [];
  for (const { path, digest, id = ids.get(path) } of side.files) if (id !== undefined) files.push({ digest, path, id });
  await rememberIssueFiles(db, files);
}
