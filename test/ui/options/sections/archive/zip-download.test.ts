import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { createArchiveStore } from '../../../../../options/sections/archive/archive-store';
import type { ZipDownloadDeps } from '../../../../../options/sections/archive/download-zip';
import { ZIP_SLICE } from '../../../../../options/sections/archive/zip-archive';
import type { Issue } from '../../../../../src/core/issue';
import { formatIssue } from '../../../../../src/core/kubelist';
import { importIssues, openCuratorDb, publishedCount, readArchiveBatch } from '../../../../../src/storage';
import { archiveDeps } from '../../../../fakes/archive-deps';

// One storage batch is one zip slice here, so each batch is followed by one pause.
const BATCH = ZIP_SLICE;
const ISSUES = 9 * BATCH;
const issue = (number: number): Issue => ({
  number,
  date: new Date(Date.UTC(2019, 0, 2) + number * 7 * 86_400_000).toISOString().slice(0, 10),
  headline: `Issue ${number} 🔊`,
  intro: `Intro of ${number}, with “quotes”.`,
  items: Array.from({ length: 1 + (number % 4) }, (_, i) => ({
    title: `Link ${number}.${i}`,
    url: `https://example.com/${number}/${i}`,
    commentary: `Blurb ${i} ✨`,
  })),
});
const issues = Array.from({ length: ISSUES }, (_, i) => issue(i + 1));

async function archiveOf(pause: () => Promise<void>) {
  const db = await openCuratorDb(`zip-download-${Math.random()}`);
  await importIssues(db, { entries: issues.map((one) => ({ issue: one, onConflict: 'skip' as const })) });
  const downloads: Blob[] = [];
  let reads = 0;
  const deps: ZipDownloadDeps = {
    readArchiveBatch: (start) => {
      reads++;
      return readArchiveBatch(db, start, BATCH);
    },
    publishedCount: () => publishedCount(db),
    download: (_, blob) => downloads.push(blob),
    pause,
  };
  const archive = createArchiveStore({ ...archiveDeps(db), ...deps });
  return { archive, downloads, reads: () => reads };
}

it('zips the archive batch by batch, pausing for the page between batches and showing how far it is', async () => {
  let release: () => void = () => undefined;
  let pauses = 0;
  const { archive, downloads, reads } = await archiveOf(() => {
    pauses++;
    return new Promise((resolve) => {
      release = resolve;
    });
  });
  const zipping = archive.downloadZip();
  await expect.poll(() => pauses).toBe(1);
  // Paused after the first batch: one batch read, its progress shown, nothing read ahead.
  expect(reads()).toBe(1);
  expect(archive.store.get().zipping).toBe(true);
  expect(archive.zipProgress.get().progress).toEqual({ done: BATCH, total: ISSUES });
  for (let batch = 2; batch <= ISSUES / BATCH; batch++) {
    release();
    await expect.poll(() => pauses).toBe(batch);
    expect(archive.zipProgress.get().progress).toEqual({ done: batch * BATCH, total: ISSUES });
    expect(reads()).toBe(batch);
  }
  release();
  await zipping;
  expect(archive.zipProgress.get().progress).toBeNull();
  expect(archive.store.get()).toMatchObject({ zipping: false, status: `Downloaded kubelist-archive.zip with ${ISSUES} issues.` });
  expect(downloads).toHaveLength(1);
});

it('gives back every issue: unzipped, each file is formatIssue of its issue', async () => {
  const { archive, downloads } = await archiveOf(async () => undefined);
  await archive.downloadZip();
  expect(downloads[0]!.type).toBe('application/zip');
  const zip = unzipSync(new Uint8Array(await downloads[0]!.arrayBuffer()));
  expect(Object.keys(zip)).toHaveLength(ISSUES);
  for (const one of issues) expect(strFromU8(zip[`kubelist-${one.number}.md`]!)).toBe(formatIssue(one));
});
