import { standInBlob } from '../core/sync';
import { type GitContext, hashText, readText, writeText } from './git-repository';

/**
 * The texts of one sync's files by blob id, and their ids by text. This browser's own files are
 * hashed first, so a file of the repository that holds the same bytes is never read: a sync reads
 * only the blobs that differ from what is here, which is what changed since the last sync.
 */
export function blobTexts(context: GitContext) {
  const texts = new Map<string, string>();
  const ids = new Map<string, string>();
  // isomorphic-git's cache of the packs' indexes, for reading many blobs in a row.
  const cache = {};
  const idOf = async (text: string): Promise<string> => {
    let id = ids.get(text);
    if (id === undefined) {
      // A stand-in is its blob's text for this sync (the sides that hold the blob read as it), never hashed.
      id = standInBlob(text) ?? (await hashText(text));
      ids.set(text, id);
      texts.set(id, text);
    }
    return id;
  };
  return {
    /** The blob ids of `files` (path → text), each text remembered by its id. */
    async ids(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
      const result = new Map<string, string>();
      for (const [path, text] of files) result.set(path, await idOf(text));
      return result;
    },
    /** One file's blob id. */
    id: idOf,
    /** The texts of `files` (path → blob id), reading from the repository only the ids not seen yet. */
    async texts(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
      const result = new Map<string, string>();
      for (const [path, id] of files) {
        let text = texts.get(id);
        if (text === undefined) {
          text = await readText(context, id);
          texts.set(id, text);
          ids.set(text, id);
        }
        result.set(path, text);
      }
      return result;
    },
    /** The text a stand-in stands for (`blobStandIn`), read from the local repository; any other text as it is. */
    async resolve(text: string): Promise<string> {
      const id = standInBlob(text);
      return id === null ? text : readText(context, id, cache);
    },
    /** Stores the blobs of `files` (path → blob id) that the local repository does not hold yet (`present`). */
    async store(files: ReadonlyMap<string, string>, present: ReadonlySet<string>): Promise<void> {
      for (const id of new Set(files.values())) {
        const text = texts.get(id);
        if (!present.has(id) && text !== undefined && standInBlob(text) === null) await writeText(context, text);
      }
    },
  };
}

/** One sync's blob texts and ids (`blobTexts`). */
export type BlobTexts = ReturnType<typeof blobTexts>;
