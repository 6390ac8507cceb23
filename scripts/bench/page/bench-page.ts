// The benchmark's page inside the extension: the extension's own storage, import and export code,
// driven from Node through `window.bench`. Built into the measured copy of the extension only.
import { deleteDB } from 'idb';
import { planImport, previewImport } from '../../../src/core/import';
import type { Issue } from '../../../src/core/issue';
import { addItem, archiveIndex, type CuratorDatabase, findFeatured, importIssues, openCuratorDb } from '../../../src/storage';
import { type ArchiveFile, type BenchApi, linkUrl } from './bench-api';
// The bulk-action figures' functions, as `window.benchBulk`.
import './bulk-page';
import './ladder-page';

/** Preview, plan and one transaction: what "Confirm import" does once the files are read. */
async function importFiles(db: CuratorDatabase, files: ArchiveFile[]) {
  const sources = files.map(({ name, text }) => ({ key: name, name, text }));
  const preview = previewImport(sources, await archiveIndex(db));
  const plan = planImport(preview, {});
  await importIssues(db, plan);
  return { issues: plan.entries.length, items: plan.entries.reduce((sum, entry) => sum + entry.issue.items.length, 0) };
}

async function withDb<T>(name: string | undefined, use: (db: CuratorDatabase) => Promise<T>): Promise<T> {
  const db = await openCuratorDb(name);
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

const LINKS_PER_ISSUE = 10;
/** Issues written per transaction while seeding, so no single transaction holds 100,000 writes. */
const ISSUES_PER_BATCH = 500;

function syntheticIssue(number: number, firstLink: number, count: number): Issue {
  const items = Array.from({ length: count }, (_, i) => ({
    title: `Link ${firstLink + i}`,
    url: linkUrl(firstLink + i),
    commentary: 'A seeded link for the lookup benchmark.',
  }));
  return { number, date: '2021-01-06', headline: `Seeded issue ${number}`, intro: '', items };
}

const bench: BenchApi = {
  importArchive: (files) => withDb(undefined, (db) => importFiles(db, files)),

  addToDraft: (links) =>
    withDb(undefined, async (db) => {
      for (const link of links) await addItem(db, link);
      return links.length;
    }),

  seedLinks: (name, count) =>
    withDb(name, async (db) => {
      const issues = Math.ceil(count / LINKS_PER_ISSUE);
      for (let first = 0; first < issues; first += ISSUES_PER_BATCH) {
        const entries = [];
        for (let n = first; n < Math.min(first + ISSUES_PER_BATCH, issues); n++) {
          const firstLink = n * LINKS_PER_ISSUE;
          entries.push({ issue: syntheticIssue(n + 1, firstLink, Math.min(LINKS_PER_ISSUE, count - firstLink)), onConflict: 'skip' as const });
        }
        await importIssues(db, { entries });
      }
    }),

  timeLookups: (name, urls) =>
    withDb(name, async (db) => {
      let found = 0;
      const start = performance.now();
      for (const url of urls) found += (await findFeatured(db, url)).length > 0 ? 1 : 0;
      return { meanMs: (performance.now() - start) / urls.length, found };
    }),

  deleteDatabase: (name) => deleteDB(name),
};

window.bench = bench;
document.title = 'Benchmark harness: ready';
