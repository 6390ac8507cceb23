// The ladder's part of the bench page: seeding a profile through the extension's storage code.
import { countPool, deleteItem, importIssues, loadDraft, openCuratorDb, saveForLater } from '../../../src/storage';
import type { LadderApi } from './ladder-api';

async function withCuratorDb<T>(use: (db: Awaited<ReturnType<typeof openCuratorDb>>) => Promise<T>): Promise<T> {
  const db = await openCuratorDb();
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

const ladder: LadderApi = {
  seedIssues: (issues) =>
    withCuratorDb(async (db) => {
      await importIssues(db, { entries: issues.map((issue) => ({ issue, onConflict: 'skip' as const })) });
      return { issues: issues.length, items: issues.reduce((sum, issue) => sum + issue.items.length, 0) };
    }),

  countRecords: () =>
    withCuratorDb(async (db) => {
      const tx = db.transaction(['issues', 'items'], 'readonly');
      const [issues, items] = await Promise.all([tx.objectStore('issues').count(), tx.objectStore('items').count()]);
      await tx.done;
      return { issues, items };
    }),

  seedPool: (links) =>
    withCuratorDb(async (db) => {
      // A minute apart, as links collected over a week are: the pool's newest-first order is then fixed.
      const start = Date.now() - links.length * 60_000;
      for (const [i, link] of links.entries()) await saveForLater(db, link, start + i * 60_000);
      return links.length;
    }),

  countPool: () => withCuratorDb(countPool),

  trimDraft: (keep) =>
    withCuratorDb(async (db) => {
      const extra = (await loadDraft(db)).items.slice(keep);
      for (const item of extra) await deleteItem(db, item.id);
      return extra.length;
    }),
};

window.ladder = ladder;
