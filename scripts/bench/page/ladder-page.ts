// The ladder's part of the bench page: seeding a profile through the extension's storage code.
import {
  countPool,
  deleteItem,
  importIssues,
  loadDraft,
  loadSettings,
  openCuratorDb,
  readSyncSide,
  rememberSyncSide,
  saveForLater,
  saveSettings,
  updateItem,
} from '../../../src/storage';
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

  setUpSection: (name) =>
    withCuratorDb(async (db) => {
      const settings = await loadSettings(db);
      await saveSettings(db, { ...settings, sections: name === null ? [] : [{ name, limit: null }] });
      const first = (await loadDraft(db)).items[0];
      if (first) await updateItem(db, first.id, { section: name ?? '' });
    }),

  renameSection: (from, to) =>
    withCuratorDb(async (db) => {
      const settings = await loadSettings(db);
      const started = performance.now();
      await saveSettings(db, { ...settings, sections: [{ name: to, limit: null }] }, [{ from, to }]);
      return performance.now() - started;
    }),

  rememberAsSynced: () =>
    withCuratorDb(async (db) => {
      const side = await readSyncSide(db);
      // Any 40-hex id will do: the read only checks that the repository names the same one.
      const ids = new Map(side.files.map(({ path }, i) => [path, i.toString(16).padStart(40, '0')]));
      await rememberSyncSide(db, side, ids);
      return ids.size;
    }),

  readForSync: () =>
    withCuratorDb(async (db) => {
      const started = performance.now();
      const side = await readSyncSide(db, () => true);
      const ms = performance.now() - started;
      return { ms, files: side.files.length, standIns: side.files.filter((file) => file.id !== undefined).length };
    }),
};

window.ladder = ladder;
