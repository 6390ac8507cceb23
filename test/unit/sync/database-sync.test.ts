import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FEED_PATH } from '../../../src/core/sync';
import {
  addItem,
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
import { describeWithArchive, readArchive } from '../../fixtures/archive';
import { childrenNamed, parseXml } from '../../fixtures/parse-xml';
import { importPublished } from '../../fixtures/published-issue';
import { GIT_SYNC_TEST_TIMEOUT } from '../../timeouts';
import { syncingProfile } from './browser-profile';
import './sync-client';
import { testGitServer, withClone } from './test-git-server';

const { server, remote } = testGitServer('file');

/** One browser profile: its database and its own git objects. */
const computer = (name: string) => syncingProfile('sync', name, remote, Date.UTC(2026, 11, 2, 9));

describeWithArchive('sync between two databases through a real git server', () => {
  it(
    'puts the whole archive in the repository byte for byte, and a second computer gets every issue and the draft',
    async () => {
      const archive = readArchive();
      const laptop = await computer('laptop');
      await importPublished(laptop.db, archive);
      const draft = await loadDraft(laptop.db);
      await updateDraft(laptop.db, draft.issue.id, { headline: 'Next week 🚀' });
      await addItem(laptop.db, { title: 'A link', url: 'https://example.com/a', commentary: 'Worth a read ✨' });
      await saveSettings(laptop.db, { ...(await loadSettings(laptop.db)), newsletterName: 'Mesh Weekly', disabledRules: ['site-name'] });

      expect(await laptop.sync()).toMatchObject({ code: 'synced', pushed: true, conflicts: [], problems: [] });
      expect(server.git('fsck', '--strict', '--no-dangling')).toBe('');
      // The repository cloned with plain git holds the very files that were imported.
      await withClone(server, (clone) => {
        const files = readdirSync(join(clone, 'issues')).sort();
        expect(files.filter((name) => name.endsWith('.md'))).toHaveLength(archive.size);
        for (const [n, text] of archive) expect(readFileSync(join(clone, 'issues', `kubelist-${n}.md`), 'utf8')).toBe(text);
        // Beside them, the archive's feed: one entry per issue, under the newsletter's name.
        expect(files.filter((name) => !name.endsWith('.md'))).toEqual(['feed.xml']);
        const feed = parseXml(readFileSync(join(clone, FEED_PATH), 'utf8'));
        expect(childrenNamed(feed, 'title')[0]!.text).toBe('Mesh Weekly');
        expect(childrenNamed(feed, 'entry')).toHaveLength(archive.size);
      });

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
