/** The repository functions the archive, import, search and statistics sections bind (`archive-section-deps.ts`), named once. */
export {
  archivedIssues,
  archiveEnds,
  archiveNeighbours,
  archivePage,
  countArchive,
  editPublishedIssue,
  getIssueWithItems,
  importIssues,
  loadArchiveStats,
  loadSettings,
  newestIssues,
  publishedCount,
  readArchiveBatch,
  yearStart,
} from '../src/storage';
