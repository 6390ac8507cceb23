import type { HttpClient, PromiseFsClient, TreeEntry } from 'isomorphic-git';
import git from 'isomorphic-git';
import { DRAFT_ITEMS_DIR, ISSUES_DIR, maySyncPath, POOL_DIR } from '../core/sync';

/** Where the newsletter's repository is and how to reach it. */
export interface RemoteRepository {
  url: string;
  branch: string;
  token: string;
}

/** What the repository's client needs from its surroundings: a file system for its objects, an HTTP client, who commits. */
export interface GitContext {
  fs: PromiseFsClient;
  http: HttpClient;
  /** The local repository's git folder (bare: the sync never checks files out). */
  gitdir: string;
  author: { name: string; email: string };
  now: () => number;
}

const onAuth = (remote: RemoteRepository) => () => ({ username: 'curator', password: remote.token });
/** Sent with the first request, so a forge does not first answer 401 to a request without it. */
const authorization = (remote: RemoteRepository) => ({ Authorization: `Basic ${btoa(`curator:${remote.token}`)}` });
const decoder = new TextDecoder('utf-8', { fatal: false });
const encoder = new TextEncoder();

/** Makes the local repository if it is not there yet. */
export async function openRepository(context: GitContext): Promise<void> {
  const { fs, gitdir } = context;
  const exists = await fs.promises.stat(`${gitdir}/HEAD`).then(
    () => true,
    () => false,
  );
  if (!exists) await git.init({ fs, gitdir, bare: true, defaultBranch: 'main' });
}

/**
 * The branch's head on the server, fetched (shallow: one commit, and only the objects this
 * repository lacks), or null when the branch does not exist yet (an empty repository).
 */
export async function fetchHead(context: GitContext, remote: RemoteRepository): Promise<string | null> {
  const { fs, http, gitdir } = context;
  // Protocol v1 gives the refs in the first answer: a sync with nothing to do is one request.
  const refs = await git.listServerRefs({
    http,
    url: remote.url,
    prefix: `refs/heads/${remote.branch}`,
    protocolVersion: 1,
    headers: authorization(remote),
    onAuth: onAuth(remote),
  });
  const head = refs.find((ref) => ref.ref === `refs/heads/${remote.branch}`)?.oid ?? null;
  if (head === null) return null;
  if (!(await hasCommit(context, head))) {
    // The address is kept in the repository's config, where fetch finds its refspec; the token never is.
    await git.addRemote({ fs, gitdir, remote: 'origin', url: remote.url, force: true });
    await git.fetch({
      fs,
      http,
      gitdir,
      remote: 'origin',
      headers: authorization(remote),
      ref: remote.branch,
      remoteRef: remote.branch,
      singleBranch: true,
      depth: 1,
      tags: false,
      onAuth: onAuth(remote),
    });
  }
  return head;
}

/** Whether the local repository holds commit `oid` (a clone in a fresh profile holds none). */
export function hasCommit(context: GitContext, oid: string): Promise<boolean> {
  return git.readCommit({ fs: context.fs, gitdir: context.gitdir, oid }).then(
    () => true,
    () => false,
  );
}

/**
 * The files of a commit a sync may read, as path → blob id (null gives none): the records' and
 * every file directly in `issues/`, of which the newsletter's file-name pattern says which are
 * issues (`isSyncedPath`). Only trees are read: what a file holds is read (`readText`) when its id
 * is one this browser has not seen, so a sync reads what changed, not the whole archive.
 */
export async function listFiles(context: GitContext, commit: string | null): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  if (commit === null) return files;
  const { fs, gitdir } = context;
  const walk = async (tree: string, prefix: string): Promise<void> => {
    const { tree: entries } = await git.readTree({ fs, gitdir, oid: tree });
    for (const entry of entries) {
      const path = `${prefix}${entry.path}`;
      if (entry.type === 'tree') {
        if (isSyncedFolder(`${path}/`)) await walk(entry.oid, `${path}/`);
      } else if (entry.type === 'blob' && maySyncPath(path)) files.set(path, entry.oid);
    }
  };
  const { commit: read } = await git.readCommit({ fs, gitdir, oid: commit });
  await walk(read.tree, '');
  return files;
}

/** What the blob `oid` holds, as text. */
export async function readText(context: GitContext, oid: string, cache?: object): Promise<string> {
  const { blob } = await git.readBlob({ fs: context.fs, gitdir: context.gitdir, oid, cache });
  return decoder.decode(blob);
}

/** The id git gives `text` as a file, worked out without storing it. */
export async function hashText(text: string): Promise<string> {
  return (await git.hashBlob({ object: encoder.encode(text) })).oid;
}

/** Stores `text` as a blob of the local repository, for a commit to name. */
export function writeText(context: GitContext, text: string): Promise<string> {
  return git.writeBlob({ fs: context.fs, gitdir: context.gitdir, blob: encoder.encode(text) });
}

/** The folders that hold synced files (layout.ts), and the folders above them. */
const SYNCED_FOLDERS = ['.curator/', '.curator/draft/', DRAFT_ITEMS_DIR, POOL_DIR, ISSUES_DIR];
const isSyncedFolder = (folder: string) => SYNCED_FOLDERS.includes(folder);

/**
 * A commit on top of `parent` (null: the branch's first) whose synced files are `files` (path →
 * blob id, each blob in the local repository already): the parent's synced files (`replaced`) not
 * in `files` are removed, and everything else in the parent's tree (the curator's own README, CI
 * files, images beside the issues…) is kept as it is.
 */
export async function commitFiles(
  context: GitContext,
  parent: string | null,
  files: ReadonlyMap<string, string>,
  replaced: ReadonlySet<string>,
  message: string,
): Promise<string> {
  const { fs, gitdir } = context;
  const root = parent === null ? null : (await git.readCommit({ fs, gitdir, oid: parent })).commit.tree;
  const tree = await writeTree(context, root, '', files, replaced);
  const seconds = Math.floor(context.now() / 1000);
  const person = { ...context.author, timestamp: seconds, timezoneOffset: 0 };
  return git.writeCommit({
    fs,
    gitdir,
    commit: { message, tree: tree ?? (await emptyTree(context)), parent: parent === null ? [] : [parent], author: person, committer: person },
  });
}

const emptyTree = (context: GitContext) => git.writeTree({ fs: context.fs, gitdir: context.gitdir, tree: [] });

/** The tree at `prefix` with the synced files put in; null when it ends up empty. */
async function writeTree(
  context: GitContext,
  oid: string | null,
  prefix: string,
  files: ReadonlyMap<string, string>,
  replaced: ReadonlySet<string>,
): Promise<string | null> {
  const { fs, gitdir } = context;
  const entries = new Map<string, TreeEntry>();
  if (oid !== null) {
    for (const entry of (await git.readTree({ fs, gitdir, oid })).tree) {
      const path = `${prefix}${entry.path}`;
      // Synced files are all written again from `files`; anything else stays.
      if (entry.type === 'blob' && replaced.has(path)) continue;
      entries.set(entry.path, entry);
    }
  }
  const folders = new Set<string>();
  for (const [path, blob] of files) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash >= 0) {
      folders.add(rest.slice(0, slash));
      continue;
    }
    entries.set(rest, { mode: '100644', path: rest, oid: blob, type: 'blob' });
  }
  for (const entry of [...entries.values()]) {
    if (entry.type === 'tree' && isSyncedFolder(`${prefix}${entry.path}/`)) folders.add(entry.path);
  }
  for (const folder of folders) {
    const existing = entries.get(folder);
    const sub = await writeTree(context, existing?.type === 'tree' ? existing.oid : null, `${prefix}${folder}/`, files, replaced);
    if (sub === null) entries.delete(folder);
    else entries.set(folder, { mode: '040000', path: folder, oid: sub, type: 'tree' });
  }
  if (entries.size === 0) return null;
  return git.writeTree({ fs, gitdir, tree: [...entries.values()] });
}

/** Pushes `commit` as the branch's new head, never forced: 'rejected' when the branch moved on since it was fetched. */
export async function pushCommit(context: GitContext, remote: RemoteRepository, commit: string): Promise<'pushed' | 'rejected'> {
  const { fs, http, gitdir } = context;
  const ref = `refs/heads/${remote.branch}`;
  await git.writeRef({ fs, gitdir, ref, value: commit, force: true });
  try {
    const result = await git.push({
      fs,
      http,
      gitdir,
      url: remote.url,
      ref,
      remoteRef: ref,
      force: false,
      headers: authorization(remote),
      onAuth: onAuth(remote),
    });
    return result.ok ? 'pushed' : 'rejected';
  } catch (error) {
    if ((error as { code?: string }).code === 'PushRejectedError') return 'rejected';
    throw error;
  }
}
