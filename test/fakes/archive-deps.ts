import type { ArchiveDeps } from '../../options/sections/archive/archive-store';
import {
  archiveEnds,
  archiveNeighbours,
  archivePage,
  type CuratorDatabase,
  countArchive,
  editPublishedIssue,
  getIssueWithItems,
  loadSettings,
  publishedCount,
  readArchiveBatch,
  yearStart,
} from '../../src/storage';

/** The archive store's deps on a real (fake-indexeddb) database, as archive-section-deps.ts wires them; downloads go to `download`. */
export function archiveDeps(db: CuratorDatabase, download: ArchiveDeps['download'] = () => undefined): ArchiveDeps {
  return {
    archivePage: (at, size) => archivePage(db, at, size),
    countArchive: () => countArchive(db),
    archiveEnds: () => archiveEnds(db),
    yearStart: (year) => yearStart(db, year),
    archiveNeighbours: (number) => archiveNeighbours(db, number),
    getIssue: (n) => getIssueWithItems(db, n),
    editPublishedIssue: (id, edit) => editPublishedIssue(db, id, edit),
    readArchiveBatch: (start) => readArchiveBatch(db, start),
    publishedCount: () => publishedCount(db),
    loadSettings: () => loadSettings(db),
    download,
  };
}
