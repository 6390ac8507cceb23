import { expect, it } from 'vitest';
import { createArchiveStore, FEED_NAME } from '../../../../../options/sections/archive/archive-store';
import type { Issue } from '../../../../../src/core/issue';
import { DEFAULT_SETTINGS } from '../../../../../src/core/model';
import { importIssues, openCuratorDb, readArchiveBatch, saveSettings } from '../../../../../src/storage';
import { archiveDeps } from '../../../../fakes/archive-deps';
import { childrenNamed, parseXml } from '../../../../fixtures/parse-xml';

const ISSUES = 60;
const issue = (number: number): Issue => ({
  number,
  date: new Date(Date.UTC(2019, 0, 2) + number * 7 * 86_400_000).toISOString().slice(0, 10),
  headline: `Issue ${number} & more 🔊`,
  intro: `Intro of ${number}.`,
  items: [{ title: `Link <${number}>`, url: `https://example.com/${number}`, commentary: 'Blurb ✨' }],
});

async function archiveOf(pause: () => Promise<void>) {
  const db = await openCuratorDb(`feed-download-${Math.random()}`);
  await importIssues(db, { entries: Array.from({ length: ISSUES }, (_, i) => ({ issue: issue(i + 1), onConflict: 'skip' as const })) });
  const downloads: { name: string; blob: Blob }[] = [];
  let reads = 0;
  const deps = archiveDeps(db, (name, blob) => downloads.push({ name, blob }));
  const archive = createArchiveStore({
    ...deps,
    pause,
    readArchiveBatch: (start) => {
      reads++;
      return readArchiveBatch(db, start, 20);
    },
  });
  return { db, archive, downloads, reads: () => reads };
}

it("downloads the archive as feed.xml, an Atom feed newest first under the newsletter's name and addresses", async () => {
  const { db, archive, downloads, reads } = await archiveOf(async () => undefined);
  await saveSettings(db, { ...DEFAULT_SETTINGS, newsletterName: 'Team Digest', issueUrlBase: 'https://example.org/issues/' });
  await archive.downloadFeed();
  expect(archive.store.get()).toMatchObject({ feeding: false, error: '', status: `Downloaded ${FEED_NAME} with ${ISSUES} issues.` });
  // Batch by batch: three of 20, and the read that finds the end.
  expect(reads()).toBe(ISSUES / 20 + 1);
  expect(downloads.map((d) => [d.name, d.blob.type])).toEqual([[FEED_NAME, 'application/atom+xml']]);
  const feed = parseXml(await downloads[0]!.blob.text());
  expect(childrenNamed(feed, 'title')[0]!.text).toBe('Team Digest');
  const ids = childrenNamed(feed, 'entry').map((entry) => childrenNamed(entry, 'id')[0]!.text);
  expect(ids).toEqual(Array.from({ length: ISSUES }, (_, i) => `https://example.org/issues/${ISSUES - i}`));
});

it('gives the page its turn while it writes the entries', async () => {
  let pauses = 0;
  let feeding = 0;
  const { archive } = await archiveOf(async () => {
    pauses++;
    if (archive.store.get().feeding) feeding++;
  });
  await archive.downloadFeed();
  expect(pauses).toBeGreaterThanOrEqual(2);
  expect(feeding).toBe(pauses);
});

it('says what went wrong when the archive cannot be read, and downloads nothing', async () => {
  const { archive, downloads } = await archiveOf(async () => undefined);
  const failing = createArchiveStore({
    ...archiveDeps(await openCuratorDb(`feed-download-failing-${Math.random()}`), (name, blob) => downloads.push({ name, blob })),
    readArchiveBatch: () => Promise.reject(new Error('disk gone')),
  });
  await failing.downloadFeed();
  expect(failing.store.get()).toMatchObject({ feeding: false, status: '' });
  expect(failing.store.get().error).toMatch(/^Couldn't make the feed.*disk gone/);
  expect(downloads).toHaveLength(0);
  expect(archive.store.get().feeding).toBe(false);
});
