import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, parseIssue } from '../../src/core/kubelist';
import type { ArchiveFile, DraftLink } from './page/bench-api';

/** The published archive, beside the repository (as the e2e tests read it). */
export const ARCHIVE_DIR = fileURLToPath(new URL('../../../shared/kubelist-archive/', import.meta.url));

/** The 133 archived issues, in number order. */
export function readArchive(dir = ARCHIVE_DIR): ArchiveFile[] {
  if (!existsSync(dir)) throw new Error(`The Kubelist archive is missing: expected its files in ../shared/kubelist-archive/ beside the repository.`);
  const number = (name: string) => Number(/^kubelist-(\d+)\.md$/.exec(name)?.[1] ?? NaN);
  return readdirSync(dir)
    .filter((name) => Number.isFinite(number(name)))
    .sort((a, b) => number(a) - number(b))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

const DAY_MS = 24 * 60 * 60 * 1000;

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
          const number = issue.number + copy * span;
          const date = new Date(Date.parse(`${issue.date}T00:00:00Z`) + copy * span * 7 * DAY_MS).toISOString().slice(0, 10);
          return { name: `kubelist-${number}.md`, text: formatIssue({ ...issue, number, date }) };
        }),
  ).flat();
}

/** The first `count` links of the archive, as a draft's items. */
export function draftLinks(files: readonly ArchiveFile[], count: number): DraftLink[] {
  return files
    .flatMap(({ text }) => parseIssue(text).issue.items)
    .slice(0, count)
    .map(({ title, url, commentary }) => ({ title, url, commentary }));
}
