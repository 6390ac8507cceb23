import { expect, it } from 'vitest';
import { createImportStore, type ImportRun, type PickedFile, READ_BATCH } from '../../../../../options/sections/import/import-store';
import { formatIssue, MAX_INPUT_CHARS } from '../../../../../src/core/kubelist';
import { archivedIssues, importIssues, listArchive, openCuratorDb } from '../../../../../src/storage';
import { t } from '../../../../../src/text/t';
import { oneLinkIssue } from '../../../../fixtures/one-link-issue';

const FILES = 100;
const issue = oneLinkIssue;

/**
 * Files whose reads are counted: how many were asked for, the most in flight at once, and how
 * many sizes were asked (a picked file's size is a blocking look at the disk in a browser).
 */
function countedFiles(count: number) {
  const reads = { started: 0, inFlight: 0, most: 0, sizes: 0 };
  const files = Array.from({ length: count }, (_, i): PickedFile => {
    const text = formatIssue(issue(i + 1));
    const file = {
      name: `kubelist-${i + 1}.md`,
      get size() {
        reads.sizes++;
        return text.length;
      },
      text: () => {
        reads.started++;
        reads.most = Math.max(reads.most, ++reads.inFlight);
        return new Promise((resolve) =>
          setTimeout(() => {
            reads.inFlight--;
            resolve(text);
          }),
        );
      },
    };
    return file as PickedFile;
  });
  return { files, reads };
}

async function importerOn(pause: () => Promise<void>) {
  const db = await openCuratorDb(`import-store-${Math.random()}`);
  await importIssues(db, { entries: [3, 50].map((n) => ({ issue: issue(n), onConflict: 'skip' as const })) });
  const lookups: number[][] = [];
  const importer = createImportStore({
    archivedIssues: (numbers) => {
      lookups.push([...numbers]);
      return archivedIssues(db, numbers);
    },
    importIssues: (plan, options) => importIssues(db, plan, { ...options, chunkSize: 30 }),
    pause,
  });
  const progress: (ImportRun | null)[] = [];
  importer.progress.subscribe((state) => progress.push(state.progress));
  return { db, importer, lookups, progress };
}

it('reads the files a batch at a time, concurrently within the batch, pausing between batches, with progress', async () => {
  let release: () => void = () => undefined;
  let pauses = 0;
  const { importer, progress } = await importerOn(() => {
    pauses++;
    return new Promise((resolve) => {
      release = resolve;
    });
  });
  const { files, reads } = countedFiles(FILES);
  const choosing = importer.chooseFiles(files);
  await expect.poll(() => pauses).toBe(1);
  // The first batch read (all at once) and parsed; nothing of the next batch asked for yet. No
  // size asked at all: for a picked file that is a blocking look at the disk.
  expect(reads.started).toBe(READ_BATCH);
  expect(reads.most).toBe(READ_BATCH);
  expect(reads.sizes).toBe(0);
  expect(importer.progress.get().progress).toEqual({ phase: 'reading', done: READ_BATCH, total: FILES });
  const batches = Math.ceil(FILES / READ_BATCH);
  for (let batch = 2; batch <= batches; batch++) {
    release();
    await expect.poll(() => pauses).toBe(batch);
    expect(reads.started).toBe(Math.min(batch * READ_BATCH, FILES));
  }
  release();
  await choosing;
  expect(reads.most).toBe(READ_BATCH);
  expect(progress.filter((p) => p?.phase === 'reading').map((p) => p!.done)).toEqual([0, 16, 32, 48, 64, 80, 96, 100]);
  expect(importer.store.get().busy).toBe(false);
  expect(importer.progress.get().progress).toBeNull();
  expect(importer.store.get().preview?.files).toHaveLength(FILES);
});

it('looks up the clashes with the archive once, for every number of the chosen files', async () => {
  const { importer, lookups } = await importerOn(async () => undefined);
  await importer.chooseFiles(countedFiles(FILES).files);
  expect(lookups).toEqual([Array.from({ length: FILES }, (_, i) => i + 1)]);
  expect(importer.store.get().preview?.conflicts).toEqual([3, 50]);
});

it('shows the progress of a confirmed import, records built then written, and ends with nothing pending', async () => {
  const { db, importer, progress } = await importerOn(async () => undefined);
  await importer.chooseFiles(countedFiles(FILES).files);
  progress.length = 0;
  await importer.confirm();
  expect(importer.store.get().status).toMatch(/^Imported 98 issues \(98 items\)\./);
  // 98 issues (3 and 50 are skipped), 30 a chunk.
  expect(progress.filter((p) => p?.phase === 'preparing').map((p) => p!.done)).toEqual([30, 60, 90, 98]);
  expect(progress.filter((p) => p?.phase === 'writing').map((p) => p!.done)).toEqual([30, 60, 90, 98]);
  expect(progress.at(-1)).toBeNull();
  expect(await listArchive(db)).toHaveLength(FILES);
});

it('leaves out a file too large to be an issue, and reads the others', async () => {
  const { importer } = await importerOn(async () => undefined);
  const { files } = countedFiles(20);
  const huge: PickedFile = { name: 'kubelist-999.md', text: async () => 'x'.repeat(MAX_INPUT_CHARS * 4 + 1) };
  await importer.chooseFiles([...files, huge]);
  expect(importer.store.get().rejected).toEqual([t('fileTooLarge', 'kubelist-999.md')]);
  expect(importer.store.get().preview?.files).toHaveLength(20);
});
