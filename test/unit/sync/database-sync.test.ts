import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { planImport, previewImport } from '../../../src/core/import';
import { FEED_PATH } from '../../../src/core/sync';
import {
  addItem,
  importIssues,
  listPool,
  loadArchiveIssues,
  loadDraft,
  loadSettings,
  publishDraft,
  saveForLater,
  saveSettings,
  updateDraft,
  updateItem,
} from '../../../src/storage';
import { databaseSide } from '../../../src/sync/database-side';
import type { RemoteRepository } from '../../../src/sync/git-repository';
import { runSync } from '../../../src/sync/run-sync';
import { describeWithArchive, readArchive } from '../../fixtures/archive';
import { childrenNamed, parseXml } from '../../fixtures/parse-xml';
import { type GitServer, startGitServer } from '../../servers/git-http-server';
import { GIT_SYNC_TEST_TIMEOUT } from '../../timeouts';
import { browserProfile } from './browser-profile';
import './sync-client';

let server: GitServer;
let remote: RemoteRepository;
beforeAll(async () => {
  server = await startGitServer();
  remote = { url: server.url, branch: 'main', token: server.token };
});
afterAll(() => server.close());

let computers = 0;
/** One browser profile: its database and its own git objects. */
async function computer(name: string) {
  let clock = Date.UTC(2026, 11, 2, 9) + ++computers;
  const { db, context } = await browserProfile('sync', name, () => clock);
  return {
    db,
    sync: () => {
      clock += 60_000;
      return runSync(
        context,
        remote,
        databaseSide(db, () => clock),
        `Sync from ${name}`,
      );
    },
  };
}

describeWithArchive('sync between two databases through a real git server', () => {
  it(
    'puts the whole archive in the repository byte for byte, and a second computer gets every issue and the draft',
    async () => {
      const archive = readArchive();
      const laptop = await computer('laptop');
      const sources = [...archive].map(([n, text]) => ({ key: String(n), name: `kubelist-${n}.md`, text }));
      await importIssues(laptop.db, planImport(previewImport(sources, []), {}));
      const draft = await loadDraft(laptop.db);
      await updateDraft(laptop.db, draft.issue.id, { headline: 'Next week 🚀' });
      await addItem(laptop.db, { title: 'A link', url: 'https://example.com/a', commentary: 'Worth a read ✨' });
      await saveSettings(laptop.db, { ...(await loadSettings(laptop.db)), newsletterName: 'Mesh Weekly', disabledRules: ['site-name'] });

      expect(await laptop.sync()).toMatchObject({ code: 'synced', pushed: true, conflicts: [], problems: [] });
      expect(server.git('fsck', '--strict', '--no-dangling')).toBe('');
      // The repository cloned with plain git holds the very files that were imported.
      const clone = mkdtempSync(join(tmpdir(), 'curator-sync-clone-'));
      try {
        execFileSync('git', ['clone', '--quiet', server.bareDir, clone]);
        const files = readdirSync(join(clone, 'issues')).sort();
        expect(files.filter((name) => name.endsWith('.md'))).toHaveLength(archive.size);
        for (const [n, text] of archive) expect(readFileSync(join(clone, 'issues', `kubelist-${n}.md`), 'utf8')).toBe(text);
        // Beside them, the archive's feed: one entry per issue, under the newsletter's name.
        expect(files.filter((name) => !name.endsWith('.md'))).toEqual(['feed.xml']);
        const feed = parseXml(readFileSync(join(clone, FEED_PATH), 'utf8'));
        expect(childrenNamed(feed, 'title')[0]!.text).toBe('Mesh Weekly');
        expect(childrenNamed(feed, 'entry')).toHaveLength(archive.size);
      } finally {
        rmSync(clone, { recursive: true, force: true });
      }

      const work = await computer('work');
      expect(await work.sync()).toMatchObject({ code: 'synced', pushed: false, problems: [] });
      // The newsletter's settings travel; a curator's own (the rules they turned off) do not.
      expect(await loadSettings(work.db)).toMatchObject({ newsletterName: 'Mesh Weekly', disabledRules: [] });
      const workIssues = await loadArchiveIssues(work.db);
      expect(workIssues).toHaveLength(archive.size);
      const workDraft = await loadDraft(work.db);
      expect(workDraft.issue).toEqual((await loadDraft(laptop.db)).issue);
      expect(workDraft.items.map((i) => i.commentary)).toEqual(['Worth a read ✨']);

      // A link collected on the laptop waits in the work computer's pool too.
      await saveForLater(laptop.db, { title: 'Maybe next week', url: 'https://example.com/later', commentary: '' });
      await laptop.sync();
      await work.sync();
      expect((await listPool(work.db)).links.map((link) => link.title)).toEqual(['Maybe next week']);

      // An edit on each side, then each syncs: both have both.
      await updateItem(work.db, workDraft.items[0]!.id, { commentary: 'Edited at work 🛠️' });
      await addItem(laptop.db, { title: 'Another', url: 'https://example.com/b', commentary: 'From the laptop 💻' });
      await work.sync();
      expect(await laptop.sync()).toMatchObject({ code: 'synced', conflicts: [] });
      await work.sync();
      const [l, w] = [await loadDraft(laptop.db), await loadDraft(work.db)];
      expect(l.items.map((i) => i.commentary)).toEqual(['Edited at work 🛠️', 'From the laptop 💻']);
      expect(w.items).toEqual(l.items);

      // Publishing on the laptop is one sync: the file appears, the draft's records go.
      const published = await publishDraft(laptop.db);
      expect(published.ok).toBe(true);
      await laptop.sync();
      const number = (await loadDraft(laptop.db)).issue.number - 1;
      expect(server.git('show', `main:issues/kubelist-${number}.md`)).toContain('Next week 🚀');
      await work.sync();
      expect((await loadArchiveIssues(work.db)).map((issue) => issue.number)).toContain(number);
      expect((await loadDraft(work.db)).issue.number).toBe(number + 1);
    },
    GIT_SYNC_TEST_TIMEOUT,
  );
});
