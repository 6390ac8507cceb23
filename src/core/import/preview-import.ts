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

/** A file's reading without its text: what the preview keeps of each of thousands of files. */
export type ReadFile = Omit<FileReading, 'text'>;

/** A source once read, by its key and name. */
export interface ReadSource<R extends ReadFile = ReadFile> {
  key: string;
  name: string;
  reading: R;
}

/** How a file meets the archive and the other files of the same import. */
export interface FileClash {
  key: string;
  name: string;
  /** The archived issue with the same number: the curator replaces it or skips this file. */
  conflict: ArchivedIssue | null;
  /** An earlier file of this import with the same number; this one is left out. */
  duplicateOf: string | null;
}

/** The file read, and how it meets the archive and the other files of the same import. */
export type FilePreview<R extends ReadFile = ReadFile> = R & FileClash;

/** Everything the curator sees before confirming; nothing has been written. */
export interface ImportPreview<R extends ReadFile = ReadFile> {
  files: FilePreview<R>[];
  /** Numbers already in the archive, each needing a choice between replace and skip. */
  conflicts: number[];
}

/**
 * Finds what clashes among sources already read: with archived issues of the same number, and
 * with earlier sources of this import. One pass, each number looked up in a map.
 */
export function previewReadings<R extends ReadFile>(sources: readonly ReadSource<R>[], archived: readonly ArchivedIssue[]): ImportPreview<R> {
  const inArchive = new Map(archived.map((issue) => [issue.number, issue]));
  const firstWith = new Map<number, string>();
  const conflicts: number[] = [];
  const files = sources.map(({ key, name, reading }): FilePreview<R> => {
    const { number } = reading.issue;
    const duplicateOf = reading.blocked ? null : (firstWith.get(number) ?? null);
    if (!reading.blocked && !duplicateOf) firstWith.set(number, name);
    const conflict = reading.blocked || duplicateOf ? null : (inArchive.get(number) ?? null);
    if (conflict) conflicts.push(number);
    return { ...reading, key, name, conflict, duplicateOf };
  });
  return { files, conflicts };
}

/**
 * Reads every source (repairing mojibake in those whose key is in `repairs`) and finds what
 * clashes: with archived issues of the same number, and with earlier sources of this import.
 */
export function previewImport(
  sources: readonly ImportSource[],
  archived: readonly ArchivedIssue[],
  repairs: ReadonlySet<string> = new Set(),
): ImportPreview<FileReading> {
  const read = sources.map(({ key, name, text }) => ({ key, name, reading: readImportFile(name, text, repairs.has(key)) }));
  return previewReadings(read, archived);
}
