import type { DeflateOptions } from 'fflate';
import { type ArchiveFilesOptions, archiveFiles, type UnexportedIssue } from '../../../src/core/archive-files';
import { type Exporter, KUBELIST_MARKDOWN } from '../../../src/core/export/exporters';
import type { Issue } from '../../../src/core/issue';

/** The archive zipped, and what could not go in it. */
export interface ArchiveZip {
  blob: Blob;
  fileCount: number;
  unexported: UnexportedIssue[];
}

export interface ZipOptions {
  exporter?: Exporter;
  /** How the files are named and what each issue's export is given; Kubelist's own names unless said. */
  files?: ArchiveFilesOptions;
  /** Called after each batch with the issues zipped so far. */
  onProgress?: (done: number) => void;
  /** Awaited between batches: the page's turn to handle input and paint the progress. */
  pause?: () => Promise<void>;
}

/** Issues per batch when the whole archive is given at once. */
const BATCH = 200;
/**
 * Files deflated between two pauses: deflate is the costly step (a few ms a file on a busy
 * machine), so a storage batch is zipped in slices short enough to keep every task brief.
 */
export const ZIP_SLICE = 4;
/**
 * Zipped bytes gathered before they go into a Blob: the final Blob is made of these parts, and
 * its cost (and the download URL's) grows with their number: 3,325 small parts took 1.8 s in one
 * task at 13,300 issues.
 */
const PART_BYTES = 1024 * 1024;

/** Zip times are local, 1980 to 2099 (fflate refuses others); an issue dated outside gets none. */
function fileTime(date: string): Date | undefined {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y >= 1980 && y <= 2099 ? new Date(y, m - 1, d, 12) : undefined;
}

/**
 * The deflate memory level fflate's one-shot `zipSync` picks for `bytes` bytes (a hash table
 * sized to the file). Its streaming deflate otherwise takes the largest (2^20 entries, megabytes
 * zeroed per file), which made zipping 133 small files take seconds.
 */
const memFor = (bytes: number): DeflateMemory => Math.min(12, Math.max(0, Math.ceil(Math.max(8, Math.min(13, Math.log(bytes))) * 1.5) - 12)) as DeflateMemory;

type DeflateMemory = NonNullable<DeflateOptions['mem']>;

function* inBatches(issues: readonly Issue[]): Generator<readonly Issue[]> {
  const sorted = [...issues].sort((a, b) => a.number - b.number);
  for (let start = 0; start < sorted.length; start += BATCH) yield sorted.slice(start, start + BATCH);
}

/**
 * The whole archive as a zip of one file per issue at its root (`kubelist-{n}.md` unless
 * `files` names them otherwise, in `exporter`'s format), ready to unpack into a git repository. `issues` come in number order, batch after batch (as
 * storage reads them) or all at once. Streamed: each slice of a batch is formatted and compressed, and its
 * bytes handed to a Blob (which the browser keeps, not the script) a megabyte at a time, so
 * memory holds a batch and a megabyte, not the archive. fflate is loaded here, on the first download, not with
 * the editor. Each file's time is its issue's date, so the same archive always gives the same zip.
 */
export async function zipArchive(issues: readonly Issue[] | AsyncIterable<readonly Issue[]>, options: ZipOptions = {}): Promise<ArchiveZip> {
  const { Zip, ZipDeflate, strToU8 } = await import('fflate');
  const exporter = options.exporter ?? KUBELIST_MARKDOWN;
  const parts: Blob[] = [];
  let chunks: Uint8Array<ArrayBuffer>[] = [];
  let pending = 0;
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else {
      chunks.push(chunk as Uint8Array<ArrayBuffer>);
      pending += chunk.byteLength;
    }
  });
  /** The zipped bytes so far into a Blob, once there are enough of them (or `all`). */
  const flush = (all = false) => {
    if (failure) throw failure;
    if (!all && pending < PART_BYTES) return;
    parts.push(new Blob(chunks));
    chunks = [];
    pending = 0;
  };
  let fileCount = 0;
  let done = 0;
  const unexported: UnexportedIssue[] = [];
  for await (const batch of Array.isArray(issues) ? inBatches(issues) : (issues as AsyncIterable<readonly Issue[]>)) {
    for (let start = 0; start < batch.length; start += ZIP_SLICE) {
      const slice = batch.slice(start, start + ZIP_SLICE);
      const formatted = archiveFiles(slice, exporter, options.files);
      for (const { name, text, date } of formatted.files) {
        const bytes = strToU8(text);
        const file = new ZipDeflate(name, { level: 6, mem: memFor(bytes.length) });
        const mtime = fileTime(date);
        if (mtime) file.mtime = mtime;
        zip.add(file);
        file.push(bytes, true);
      }
      fileCount += formatted.files.length;
      unexported.push(...formatted.unexported);
      done += slice.length;
      flush();
      options.onProgress?.(done);
      await options.pause?.();
    }
  }
  zip.end();
  flush(true);
  return { blob: new Blob(parts, { type: 'application/zip' }), fileCount, unexported };
}
