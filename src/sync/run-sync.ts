import {
  FEED_PATH,
  type FileProblem,
  feedFile,
  feedUnchanged,
  type IssueFileProblem,
  isSyncedPath,
  LocalChangedError,
  NEWSLETTER_PATH,
  planSync,
  readState,
  type SyncConflict,
  type SyncState,
  standInBlob,
  stateFiles,
} from '../core/sync';
import { type BlobTexts, blobTexts } from './blob-texts';
import { commitFiles, fetchHead, type GitContext, hasCommit, listFiles, openRepository, pushCommit, type RemoteRepository } from './git-repository';

/** This browser's side of a sync: its state, and the one transaction that writes the merge into it. */
export interface LocalSide {
  /**
   * This browser's state. An issue file it remembers from the last sync, unchanged here, that
   * `known` says the repository and the last sync both hold may be a stand-in for that blob
   * (`blobStandIn`) instead of its formatted text.
   */
  read(known?: (file: { path: string; id: string }) => boolean): Promise<SyncState>;
  /** Remembers the blob ids of the files last read (path → id), for the next sync's `read`. */
  remember?(ids: ReadonlyMap<string, string>): Promise<void>;
  /**
   * Writes `after` over `before`, and keeps the values the merge set aside (`conflicts`), in one
   * transaction, or throws LocalChangedError (and writes nothing) when the data is no longer
   * `before`: the curator edited while the sync ran. Resolves with the issue files it could not
   * take in.
   */
  apply(before: SyncState, after: SyncState, conflicts: readonly SyncConflict[]): Promise<IssueFileProblem[]>;
  /**
   * Keeps values set aside by a merge that went into the repository but was never written here
   * (`after`, the state it pushed), so the curator can still take them back.
   */
  keep(conflicts: readonly SyncConflict[], after: SyncState): Promise<void>;
  /** The commit of the last sync that completed, null before the first. */
  lastCommit(): Promise<string | null>;
  saveLastCommit(commit: string): Promise<void>;
}

export type SyncOutcome =
  | {
      code: 'synced';
      commit: string;
      pushed: boolean;
      attempts: number;
      conflicts: SyncConflict[];
      /** Issue files this sync moved to the file-name pattern's names (the pattern changed). */
      renamed: number;
      /** Repository files that did not read (left as they are) and issue files not taken in. */
      problems: (FileProblem | IssueFileProblem)[];
    }
  /** A co-curator published this number first: nothing was written anywhere. */
  | { code: 'publishedElsewhere'; number: number }
  /** The branch kept moving (or the curator kept editing) through every attempt. */
  | { code: 'stillMoving'; attempts: number };

/** Fetch, merge, push: tried again from the start this many times when the push is refused. */
export const SYNC_ATTEMPTS = 4;

/**
 * One sync, as issue 16 lays it out: fetch the branch's head; merge its records with this
 * browser's against the last sync's; commit the result on top of the head and push without
 * force (refused → start again); then write the result here in one transaction. Until that
 * transaction, nothing of this browser's data has changed, so a sync that fails or stops midway
 * leaves it as it was. Network and server failures are thrown (git-failure.ts words them).
 */
export async function runSync(context: GitContext, remote: RemoteRepository, local: LocalSide, message: string): Promise<SyncOutcome> {
  await openRepository(context);
  // What an attempt set aside once its merge was in the repository: its value is gone from there,
  // so an attempt that starts again (this browser's merge refused) no longer sees it as a conflict.
  let carried: SyncConflict[] = [];
  let pushed: SyncState | null = null;
  const blobs = blobTexts(context);
  for (let attempt = 1; attempt <= SYNC_ATTEMPTS; attempt++) {
    const head = await fetchHead(context, remote);
    const remoteListed = await listFiles(context, head);
    const last = await local.lastCommit();
    const baseListed = await listFiles(context, last !== null && (await hasCommit(context, last)) ? last : null);
    let before = await local.read(({ path, id }) => remoteListed.get(path) === id && baseListed.get(path) === id);
    // Hashed first: a repository file with the same bytes as this browser's is then never read.
    let localIds = await blobs.ids(stateFiles(before));
    const theirs = await syncedFiles(blobs, remoteListed);
    const was = await syncedFiles(blobs, baseListed);
    // A stand-in keeps its path only while the three sides name files alike: else the merge renames (and dates) issues by their text.
    const pattern = before.newsletter.fileNamePattern;
    if ((theirs.pattern !== pattern || was.pattern !== pattern) && hasStandIns(before)) {
      before = await local.read();
      localIds = await blobs.ids(stateFiles(before));
    }
    await local.remember?.(localIds);
    const remoteIds = theirs.files;
    const baseIds = was.files;
    const { state: remoteState, problems } = readState(await blobs.texts(withoutFeed(remoteIds)));
    const baseState = readState(await blobs.texts(withoutFeed(baseIds))).state;
    const plan = planSync(baseState, before, remoteState);
    if (!plan.ok) return { code: plan.code, number: plan.number };
    const files = await blobs.ids(stateFiles(plan.state));
    const feed = remoteIds.get(FEED_PATH);
    if (feed !== undefined && plan.state.issueFiles.size > 0 && feedUnchanged(plan.state, remoteState)) files.set(FEED_PATH, feed);
    else {
      const text = feedFile(await withTexts(blobs, plan.state));
      if (text !== null) files.set(FEED_PATH, await blobs.id(text));
    }
    // A file that did not read is the curator's to fix: it stays in the repository as it is.
    for (const { path } of problems) if (!files.has(path)) files.set(path, remoteIds.get(path)!);
    let commit = head;
    if (head === null || !sameFiles(files, remoteIds)) {
      await blobs.store(files, new Set([...remoteIds.values(), ...baseIds.values()]));
      commit = await commitFiles(context, head, files, new Set(remoteIds.keys()), message);
      if ((await pushCommit(context, remote, commit)) === 'rejected') continue;
    }
    const conflicts = [...plan.conflicts, ...carried.filter((old) => !plan.conflicts.some((c) => sameConflict(c, old)))];
    let notTakenIn: IssueFileProblem[];
    try {
      notTakenIn = await local.apply(before, plan.state, conflicts);
    } catch (error) {
      if (error instanceof LocalChangedError) {
        carried = conflicts;
        pushed = plan.state;
        continue;
      }
      throw error;
    }
    await local.saveLastCommit(commit!);
    return {
      code: 'synced',
      commit: commit!,
      pushed: commit !== head,
      attempts: attempt,
      conflicts,
      renamed: plan.renamed,
      problems: [...problems, ...notTakenIn],
    };
  }
  // Every attempt refused: what the pushed merges set aside is no longer in the repository either.
  if (pushed && carried.length > 0) await local.keep(carried, pushed);
  return { code: 'stillMoving', attempts: SYNC_ATTEMPTS };
}

const sameConflict = (a: SyncConflict, b: SyncConflict) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The synced files among a commit's (path → blob id): which files beside the issues are issues,
 * that commit's newsletter settings say (their file-name pattern, or Kubelist's own names). The
 * curator's other files there are never read.
 */
async function syncedFiles(blobs: BlobTexts, listed: ReadonlyMap<string, string>): Promise<{ files: Map<string, string>; pattern: string }> {
  const settings = listed.get(NEWSLETTER_PATH);
  const read = settings === undefined ? new Map<string, string>() : await blobs.texts(new Map([[NEWSLETTER_PATH, settings]]));
  const pattern = readState(read).state.newsletter.fileNamePattern;
  return { files: new Map([...listed].filter(([path]) => isSyncedPath(path, pattern))), pattern };
}

const hasStandIns = (state: SyncState) => [...state.issueFiles.values()].some((text) => standInBlob(text) !== null);

/** `state` with its stand-ins' texts read from the local repository: the feed is written from every issue's text. */
async function withTexts(blobs: BlobTexts, state: SyncState): Promise<SyncState> {
  if (!hasStandIns(state)) return state;
  const issueFiles = new Map<string, string>();
  for (const [path, text] of state.issueFiles) issueFiles.set(path, await blobs.resolve(text));
  return { ...state, issueFiles };
}

/** The feed is derived from the issue files: it is never read, only kept or written again. */
const withoutFeed = (files: ReadonlyMap<string, string>) => new Map([...files].filter(([path]) => path !== FEED_PATH));

function sameFiles(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([path, text]) => b.get(path) === text);
}
