import { readFileSync } from 'node:fs';
import type { Issue } from '../../src/core/issue';
import { formatIssue, parseIssue } from '../../src/core/kubelist';
import { archiveFileNames, archiveMissingMessage, archivePath, archivePresent } from '../../test/fixtures/archive-dir';
import type { ArchiveFile, DraftLink } from './page/bench-api';

/**
 * The 133 archived issues, in number order, from `$KUBELIST_ARCHIVE` or beside the repository
 * (test/fixtures/archive-dir.ts). The benchmark measures the real archive: it stops without it.
 */
export function readArchive(): ArchiveFile[] {
  if (!archivePresent) throw new Error(`The benchmark needs the archive. ${archiveMissingMessage()}`);
  return archiveFileNames().map((name) => ({ name, text: readFileSync(archivePath(name), 'utf8') }));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Issue `issue` of copy `copy` (from 0) of an archive whose numbers go up to `span`: renumbered after the last copy's, dated that many weeks later. */
function inCopy(issue: Issue, copy: number, span: number): Issue {
  const number = issue.number + copy * span;
  const date = new Date(Date.parse(`${issue.date}T00:00:00Z`) + copy * span * 7 * DAY_MS).toISOString().slice(0, 10);
  return { ...issue, number, date };
}

/**
 * `copies` times the archive, each copy's issues renumbered after the last copy's and dated that
 * many weeks later, so every issue is new to the archive: 10 copies of 133 issues make 1,330.
 */
export function repeatArchive(files: readonly ArchiveFile[], copies: number): ArchiveFile[] {
  const issues = files.map(({ text }) => parseIssue(text).issue);
  const span = Math.max(...issues.map((issue) => issue.number));
  return Array.from({ length: copies }, (_, copy) =>
    copy === 0
      ? [...files]
      : issues.map((issue) => {
          const copied = inCopy(issue, copy, span);
          return { name: `kubelist-${copied.number}.md`, text: formatIssue(copied) };
        }),
  ).flat();
}

/** The issues `repeatArchive` would write, parsed: without formatting and parsing each copy again. */
export function repeatIssues(files: readonly ArchiveFile[], copies: number): Issue[] {
  const issues = files.map(({ text }) => parseIssue(text).issue);
  const span = Math.max(...issues.map((issue) => issue.number));
  return Array.from({ length: copies }, (_, copy) => issues.map((issue) => inCopy(issue, copy, span))).flat();
}

/** The first `count` links of the archive, as a draft's items. */
export function draftLinks(files: readonly ArchiveFile[], count: number): DraftLink[] {
  return files
    .flatMap(({ text }) => parseIssue(text).issue.items)
    .slice(0, count)
    .map(({ title, url, commentary }) => ({ title, url, commentary }));
}
