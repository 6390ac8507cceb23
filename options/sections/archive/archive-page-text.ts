import type { ArchiveCounts, ArchivePage } from '../../../src/storage';
import { t, tn } from '../../../src/text/t';

/** "133 issues, 886 items": the archive at a glance. */
export function archiveTotals({ issues, items }: ArchiveCounts): string {
  return t('archiveTotals', tn('issueCount', issues), tn('itemCount', items));
}

/** "Issues 101–200 of 13300": where the page is in the list (newest first), for the pager and screen readers. */
export function pageRange(page: ArchivePage, totals: ArchiveCounts | null): string {
  const from = page.offset + 1;
  const to = page.offset + page.rows.length;
  return totals ? t('archivePageRange', from, to, totals.issues) : t('archivePageRangeUncounted', from, to);
}
