import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, expect, it, vi } from 'vitest';
import { createArchiveStore } from '../../../../../options/sections/archive/archive-store';
import type { ZipDownloadDeps } from '../../../../../options/sections/archive/download-zip';
import { ZIP_SLICE } from '../../../../../options/sections/archive/zip-archive';
import { loadTemplateEngine } from '../../../../../options/shared/use-template-engine';
import { templateExporter } from '../../../../../src/core/export/template-exporter';
import type { Issue } from '../../../../../src/core/issue';
import { formatIssue } from '../../../../../src/core/kubelist';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../src/core/model';
import { builtinTemplate } from '../../../../../src/core/templates/builtin-templates';
import { importIssues, loadSettings, openCuratorDb, publishedCount, readArchiveBatch, saveSettings } from '../../../../../src/storage';
import { archiveDeps } from '../../../../fakes/archive-deps';

vi.mock('../../../../../options/shared/use-template-engine', async (original) => {
  const module = await original<typeof import('../../../../../options/shared/use-template-engine')>();
  return { ...module, loadTemplateEngine: vi.fn(module.loadTemplateEngine) };
});
beforeEach(() => vi.mocked(loadTemplateEngine).mockClear());

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

async function archiveOf(pause: () => Promise<void>, settings: Partial<Settings> = {}) {
  const db = await openCuratorDb(`zip-download-${Math.random()}`);
  await importIssues(db, { entries: issues.map((one) => ({ issue: one, onConflict: 'skip' as const })) });
  await saveSettings(db, { ...DEFAULT_SETTINGS, ...settings });
  const downloads: File[] = [];
  let reads = 0;
  const deps: ZipDownloadDeps = {
    readArchiveBatch: (start) => {
      reads++;
      return readArchiveBatch(db, start, BATCH);
    },
    publishedCount: () => publishedCount(db),
    loadSettings: () => loadSettings(db),
    download: (name, blob) => downloads.push(new File([blob], name, { type: blob.type })),
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

it('gives back every issue in Kubelist’s template: unzipped, each file is formatIssue of its issue under its own name', async () => {
  // Kubelist's files keep their names whatever the pattern: every footer links its neighbours by them.
  const { archive, downloads } = await archiveOf(async () => undefined, { fileNamePattern: '{date}-{number}.md' });
  await archive.downloadZip();
  expect(loadTemplateEngine).not.toHaveBeenCalled();
  expect(archive.store.get().zipTemplate).toBeNull();
  expect(downloads[0]!.type).toBe('application/zip');
  const zip = unzipSync(new Uint8Array(await downloads[0]!.arrayBuffer()));
  expect(Object.keys(zip)).toHaveLength(ISSUES);
  for (const one of issues) expect(strFromU8(zip[`kubelist-${one.number}.md`]!)).toBe(formatIssue(one));
});

const unzip = async (file: File) => unzipSync(new Uint8Array(await file.arrayBuffer()));

it('zips in the export template chosen in Settings, each file as that template writes its issue, named by the pattern', async () => {
  const settings = {
    exportTemplate: 'html-email',
    newsletterName: 'Mesh Weekly',
    fileNamePattern: 'mesh-{date}-{number}.md',
    issueUrlBase: 'https://mesh.example/',
  };
  const { archive, downloads } = await archiveOf(async () => undefined, settings);
  await archive.downloadZip();
  expect(loadTemplateEngine).toHaveBeenCalledTimes(1);
  expect(archive.store.get()).toMatchObject({
    error: '',
    zipTemplate: 'HTML email',
    status: `Downloaded kubelist-archive.zip with ${ISSUES} issues, written in the template “HTML email”.`,
  });
  expect(downloads[0]!.name).toBe('kubelist-archive.zip');
  const zip = await unzip(downloads[0]!);
  expect(Object.keys(zip)).toHaveLength(ISSUES);
  const exporter = templateExporter(builtinTemplate('html-email')!, 'Mesh Weekly');
  for (const one of issues) {
    const text = strFromU8(zip[`mesh-${one.date}-${one.number}.html`]!);
    expect(text).toBe(exporter.format(one, { issueUrlBase: 'https://mesh.example/' }));
    expect(text).toContain(`<a href="https://mesh.example/${one.number}"`);
  }
});

it('zips a curator’s own template, and stops at one it cannot render with its problem and line, downloading nothing', async () => {
  const mine = { id: 'mine', name: 'Team digest', kind: 'markdown' as const, body: '# {{number}}\n{{#items}}\n- [{{title}}]({{url}})\n{{/items}}\n' };
  const good = await archiveOf(async () => undefined, { templates: [mine], exportTemplate: 'mine' });
  await good.archive.downloadZip();
  const zip = await unzip(good.downloads[0]!);
  expect(strFromU8(zip['kubelist-1.md']!)).toBe('# 1\n- [Link 1.0](https://example.com/1/0)\n- [Link 1.1](https://example.com/1/1)\n');

  const broken = { ...mine, body: '# {{number}}\n\n{{#items}}\n- {{title}}\n' };
  const { archive, downloads, reads } = await archiveOf(async () => undefined, { templates: [broken], exportTemplate: 'mine' });
  await archive.downloadZip();
  expect(downloads).toEqual([]);
  expect(reads()).toBe(0);
  expect(archive.store.get()).toMatchObject({
    zipping: false,
    status: '',
    error:
      "Couldn't make the zip: the template “Team digest” can’t be used until it is fixed in Settings → Templates. Line 3: the section “items” is opened here but not closed (add {{/items}}).",
  });
  expect(archive.zipProgress.get().progress).toBeNull();
});
