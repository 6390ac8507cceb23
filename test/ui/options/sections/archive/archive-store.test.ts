import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../../../options/route';
import { archiveTotals, createArchiveStore, ZIP_NAME } from '../../../../../options/sections/archive/archive-store';
import type { Issue } from '../../../../../src/core/issue';
import { parseIssue } from '../../../../../src/core/kubelist';
import { importIssues, openCuratorDb } from '../../../../../src/storage';
import { archiveDeps } from '../../../../fakes/archive-deps';
import { archiveText as archived, describeWithArchive, readArchive } from '../../../../fixtures/archive';
import { syntheticIssue } from '../../../../fixtures/synthetic-issues';

let dbCount = 0;
async function archiveWith(issues: Issue[]) {
  const db = await openCuratorDb(`archive-store-${++dbCount}`);
  await importIssues(db, { entries: issues.map((issue) => ({ issue, onConflict: 'skip' as const })) });
  const downloads: { name: string; blob: Blob }[] = [];
  const archive = createArchiveStore(archiveDeps(db, (name, blob) => downloads.push({ name, blob })));
  await archive.load();
  return { archive, downloads };
}
const unzip = async (blob: Blob) => unzipSync(new Uint8Array(await blob.arrayBuffer()));

describeWithArchive('the archive store', () => {
  it('sums up the archive and zips every issue as kubelist-{n}.md, byte for byte', async () => {
    const files = readArchive();
    const { archive, downloads } = await archiveWith([...files.values()].map((text) => parseIssue(text).issue));
    expect(archiveTotals(archive.store.get().totals!)).toBe('133 issues, 886 items');

    await archive.downloadZip();
    expect(archive.store.get().status).toBe(`Downloaded ${ZIP_NAME} with 133 issues.`);
    const [download] = downloads;
    expect(download!.name).toBe('kubelist-archive.zip');
    const zip = await unzip(download!.blob);
    expect(Object.keys(zip)).toHaveLength(133);
    for (const [n, text] of files) expect(strFromU8(zip[`kubelist-${n}.md`]!)).toBe(text);
  });

  it('tells which issues it left out of the zip, and why', async () => {
    // Stored as it may be (storage refuses only what a backup would not restore), yet not exportable: an item with no address.
    const bad = { ...parseIssue(archived(2)).issue, items: [{ title: 'x', url: '', commentary: '' }] };
    const { archive, downloads } = await archiveWith([parseIssue(archived(1)).issue, bad]);
    await archive.downloadZip();
    expect(archive.store.get().status).toBe('Downloaded kubelist-archive.zip with 1 issue. 1 issue could not be exported and is not in it (see below).');
    expect(archive.store.get().unexported).toEqual([
      { number: 2, problems: [expect.objectContaining({ item: 1, reason: { code: 'badUrl', url: { code: 'noUrl' } } })] },
    ]);
    expect(Object.keys(await unzip(downloads[0]!.blob))).toEqual(['kubelist-1.md']);
  });

  it('opens one issue read-only, or says it is not there', async () => {
    const { archive } = await archiveWith([parseIssue(archived(117)).issue]);
    await archive.open(117);
    expect(archive.store.get().open).toMatchObject({ number: 117, loading: false, issue: { headline: 'Backstage (from Spotify) 🔊' } });
    await archive.open(49);
    expect(archive.store.get().open).toEqual({ number: 49, issue: null, records: null, loading: false, newer: 117 });
  });
});

describe('the archived issue view', () => {
  it('shows issues as readers see them until the curator asks for the markdown, which then stays from issue to issue', async () => {
    const { archive } = await archiveWith([parseIssue(syntheticIssue(150)).issue, parseIssue(syntheticIssue(151)).issue]);
    await archive.open(150);
    expect(archive.store.get().showMarkdown).toBe(false);
    archive.showMarkdown(true);
    await archive.open(151);
    expect(archive.store.get()).toMatchObject({ showMarkdown: true, open: { number: 151, loading: false } });
    archive.showMarkdown(false);
    expect(archive.store.get().showMarkdown).toBe(false);
  });
});

describe('routes', () => {
  it.each([
    ['', { view: 'draft' }],
    ['#draft', { view: 'draft' }],
    ['#archive', { view: 'archive', number: null }],
    ['#archive/117', { view: 'archive', number: 117 }],
    ['#/archive/117/', { view: 'archive', number: 117 }],
    ['#import', { view: 'import' }],
    ['#archive/x', { view: 'draft' }],
  ])('%j is %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes back what it reads', () => {
    for (const hash of ['#draft', '#archive', '#archive/117', '#import']) expect(routeHash(parseRoute(hash))).toBe(hash);
  });
});
