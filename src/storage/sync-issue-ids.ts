import type { CuratorDatabase } from './open-db';
import type { MetaRecord, RememberedIssueFile } from './schema';

/**
 * The issue files' blob ids the last sync worked out, each under the digest of what its file is
 * made from (`issueFileInputs`): a pure memo, so an entry can only be right or unused. Anything
 * that does not read as one is ignored, and the ids are worked out again.
 */
export async function rememberedIssueFiles(db: CuratorDatabase): Promise<Map<string, { path: string; id: string }>> {
  const record: MetaRecord | undefined = await db.get('meta', 'sync-issue-files');
  const files = new Map<string, { path: string; id: string }>();
  if (record?.key !== 'sync-issue-files' || !Array.isArray(record.files)) return files;
  for (const file of record.files as unknown[]) {
    const { digest, path, id } = (file ?? {}) as Partial<RememberedIssueFile>;
    if (typeof digest === 'string' && typeof path === 'string' && typeof id === 'string' && /^[0-9a-f]{40}$/.test(id)) files.set(digest, { path, id });
  }
  return files;
}

/** Keeps exactly `files` (this browser's issues now) for the next sync; writes nothing when they are what is kept. */
export async function rememberIssueFiles(db: CuratorDatabase, files: readonly RememberedIssueFile[]): Promise<void> {
  const kept = await rememberedIssueFiles(db);
  if (kept.size === files.length && files.every(({ digest, path, id }) => kept.get(digest)?.path === path && kept.get(digest)?.id === id)) return;
  await db.put('meta', { key: 'sync-issue-files', files: [...files] });
}

const encoder = new TextEncoder();

/** SHA-256 of `text`, in hex (the browser's own, far cheaper than formatting an issue and hashing it as git does). */
export async function digestOf(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
