import type { Issue } from '../../src/core/issue';
import { repeatIssues } from './archive-files';
import type { ArchiveFile } from './page/bench-api';

/**
 * The archive repeated `copies` times (`repeatIssues`, as `repeatArchive` writes it: 1, 10, 100 copies make 133, 1,330 and
 * 13,300 issues), parsed, with one change: the first issue's first link is `featuredUrl`, a page
 * the benchmark serves. Every other link of the archive is in every copy, so it is featured 1, 10
 * or 100 times; this one is featured once at every size, as a link usually is, and the popup's
 * "already featured" warning shows the same one issue on every rung.
 */
export function ladderIssues(archive: readonly ArchiveFile[], copies: number, featuredUrl: string): Issue[] {
  const issues = repeatIssues(archive, copies);
  const [first] = issues;
  if (!first?.items[0]) throw new Error('The archive has no first item to mark as featured');
  issues[0] = { ...first, items: [{ ...first.items[0], url: featuredUrl }, ...first.items.slice(1)] };
  return issues;
}
