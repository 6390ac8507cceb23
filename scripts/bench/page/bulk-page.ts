// The bulk-action figures' part of the bench page: seeding without the import UI, and counts.
import { parseIssue } from '../../../src/core/kubelist';
import { importIssues, openCuratorDb } from '../../../src/storage';
import type { ArchiveFile } from './bench-api';
import type { BulkBenchApi, StoredCounts } from './bulk-api';

/** Issues per transaction: small enough that no one transaction holds 13,300 issues' writes. */
const ISSUES_PER_CHUNK = 500;

async function counts(): Promise<StoredCounts> {
  const db = await openCuratorDb();
  try {
    const [issues, items] = await Promise.all([db.countFromIndex('issues', 'by-status', 'published'), db.count('items')]);
    return { issues, items };
  } finally {
    db.close();
  }
}

async function seedArchive(files: ArchiveFile[]): Promise<StoredCounts> {
  const db = await openCuratorDb();
  try {
    for (let first = 0; first < files.length; first += ISSUES_PER_CHUNK) {
      const entries = files.slice(first, first + ISSUES_PER_CHUNK).map(({ text }) => ({ issue: parseIssue(text).issue, onConflict: 'skip' as const }));
      await importIssues(db, { entries });
    }
  } finally {
    db.close();
  }
  return counts();
}

const benchBulk: BulkBenchApi = { seedArchive, counts };

window.benchBulk = benchBulk;
