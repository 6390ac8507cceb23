import type { Zippable } from 'fflate';
import { archiveFiles, type UnexportedIssue } from '../../../src/core/archive-files';
import { type Exporter, KUBELIST_MARKDOWN } from '../../../src/core/export/exporters';
import type { Issue } from '../../../src/core/issue';

/** The archive zipped, and what could not go in it. */
export interface ArchiveZip {
  bytes: Uint8Array<ArrayBuffer>;
  fileCount: number;
  unexported: UnexportedIssue[];
}

/** Zip times are local, 1980 to 2099 (fflate refuses others); an issue dated outside gets none. */
function fileTime(date: string): Date | undefined {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y >= 1980 && y <= 2099 ? new Date(y, m - 1, d, 12) : undefined;
}

/**
 * The whole archive as a zip of `kubelist-{n}.md` files (in `exporter`'s format) at its root, ready to unpack into a git
 * repository. fflate is loaded here, on the first download, not with the editor. Each file's
 * time is its issue's date, so the same archive always gives the same zip.
 */
export async function zipArchive(issues: readonly Issue[], exporter: Exporter = KUBELIST_MARKDOWN): Promise<ArchiveZip> {
  const { files, unexported } = archiveFiles(issues, exporter);
  const { strToU8, zipSync } = await import('fflate');
  const entries: Zippable = {};
  for (const { name, text, date } of files) {
    const mtime = fileTime(date);
    entries[name] = [strToU8(text), mtime ? { mtime } : {}];
  }
  return { bytes: zipSync(entries), fileCount: files.length, unexported };
}
