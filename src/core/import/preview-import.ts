import type { IssueRef } from '../next-issue';
import { type FileReading, readImportFile } from './read-import-file';

/** One file chosen or dropped, or the pasted text; `key` tells apart two files of the same name. */
export interface ImportSource {
  key: string;
  name: string;
  text: string;
}

/** What the preview needs to know of an issue already in the archive. */
export interface ArchivedIssue extends IssueRef {
  headline: string;
}

/** The file read, and how it meets the archive and the other files of the same import. */
export interface FilePreview extends FileReading {
  key: string;
  name: string;
  /** The archived issue with the same number: the curator replaces it or skips this file. */
  conflict: ArchivedIssue | null;
  /** An earlier file of this import with the same number; this one is left out. */
  duplicateOf: string | null;
}

/** Everything the curator sees before confirming; nothing has been written. */
export interface ImportPreview {
  files: FilePreview[];
  /** Numbers already in the archive, each needing a choice between replace and skip. */
  conflicts: number[];
}

/**
 * Reads every source (repairing mojibake in those whose key is in `repairs`) and finds what
 * clashes: with archived issues of the same number, and with earlier sources of this import.
 */
export function previewImport(sources: readonly ImportSource[], archived: readonly ArchivedIssue[], repairs: ReadonlySet<string> = new Set()): ImportPreview {
  const inArchive = new Map(archived.map((issue) => [issue.number, issue]));
  const firstWith = new Map<number, string>();
  const files = sources.map(({ key, name, text }): FilePreview => {
    const reading = readImportFile(name, text, repairs.has(key));
    const { number } = reading.issue;
    const duplicateOf = reading.blocked ? null : (firstWith.get(number) ?? null);
    if (!reading.blocked && !duplicateOf) firstWith.set(number, name);
    const conflict = reading.blocked || duplicateOf ? null : (inArchive.get(number) ?? null);
    return { ...reading, key, name, conflict, duplicateOf };
  });
  return { files, conflicts: files.flatMap((file) => (file.conflict ? [file.issue.number] : [])) };
}
