import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type LaunchedBrowser, launchBrowser } from '../../test/e2e/harness/launch';
import { repeatArchive } from './archive-files';
import { backupAction, exportAction, importAction, importFolderAction, restoreAction } from './bulk-actions';
import type { ActionRun } from './bulk-measure';
import { bulkProbe } from './bulk-probe';
import { actionRows, type BulkAction } from './bulk-rows';
import type { ArchiveFile } from './page/bench-api';
import type { StoredCounts } from './page/bulk-api';
import type { Row } from './report';
import { log, plural } from './runs';

/**
 * The archive's sizes, in copies of its 133 issues: 133 as the small reference, 1,330 and 13,300
 * for the budget. `BENCH_BULK_COPIES=1,10` gives a quick look (the budget then falls on 1,330 ÷ 133).
 */
const COPIES = process.env.BENCH_BULK_COPIES?.split(',').map(Number) ?? [1, 10, 100];
/**
 * Runs of each size, interleaved; `BENCH_BULK_RUNS` overrides it. Two, because one run of 13,300
 * issues takes many minutes today (the import alone over 20 on a loaded 2-core machine).
 */
const RUNS = Number(process.env.BENCH_BULK_RUNS) || 2;
const ACTIONS: readonly BulkAction[] = ['import', 'import-folder', 'export', 'backup', 'restore'];
/** Files handed to the bench page per call while seeding without the import UI. */
const SEED_FILES_PER_CALL = 1_330;

export interface BulkDetails {
  runs: Record<BulkAction, Record<number, ActionRun[]>>;
  /** Per size and run: what the database held after the import and after the restore, and how it was filled. */
  checks: Record<
    number,
    { imported: StoredCounts; seeded: boolean; zipFiles: number; backupBytes: number; restored: StoredCounts; fromFolder: StoredCounts }[]
  >;
}

async function withBrowser<T>(extensionDir: string, use: (browser: LaunchedBrowser, bench: Page) => Promise<T>): Promise<T> {
  const browser = await launchBrowser({ extensionDir });
  try {
    await browser.context.addInitScript(bulkProbe);
    const bench = await browser.context.newPage();
    await bench.goto(`chrome-extension://${browser.extensionId}/bench/bench.html`);
    await bench.waitForFunction(() => typeof window.benchBulk === 'object');
    return await use(browser, bench);
  } finally {
    await browser.close();
  }
}

const NO_HEAP = { js: 0, dom: 0, buffers: 0 };
/** An action whose section could not be opened: nothing measured. */
const NOT_RUN: ActionRun = {
  ms: 0,
  phases: {},
  longestTaskMs: 0,
  longTasks: 0,
  handoverTaskMs: 0,
  longestTaskCpuMs: 0,
  longestTaskCpuWallMs: 0,
  heapBefore: NO_HEAP,
  heapPeak: NO_HEAP,
  heapSamples: 0,
  progressShown: false,
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const counts = (bench: Page) => bench.evaluate(() => window.benchBulk.counts());

/** The fast path, for when the import through the editor did not write everything. */
async function seed(bench: Page, files: ArchiveFile[]): Promise<StoredCounts> {
  let stored = await counts(bench);
  for (let first = 0; first < files.length; first += SEED_FILES_PER_CALL) {
    stored = await bench.evaluate((chunk) => window.benchBulk.seedArchive(chunk), files.slice(first, first + SEED_FILES_PER_CALL));
  }
  return stored;
}

/**
 * One run at one size, each in fresh browser profiles: the files imported through #import (or,
 * if that fails, seeded through the bench page so the rest can still be measured), the zip
 * downloaded from #archive, a backup from #backup; then, in a second fresh profile, that backup
 * restored through #backup, as on a new computer.
 */
async function runSize(extensionDir: string, files: ArchiveFile[], paths: string[], work: string, details: BulkDetails): Promise<void> {
  const size = files.length;
  const record = async <T extends ActionRun>(action: BulkAction, measure: () => Promise<T>, failed: T): Promise<T> => {
    let run: T;
    try {
      run = await measure();
    } catch (error) {
      // The section did not even open: a failed run, so that the other actions are still measured.
      run = { ...failed, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
    }
    details.runs[action][size]!.push(run);
    const phases = Object.entries(run.phases).map(([phase, ms]) => `${phase} ${seconds(ms)}`);
    // Long tasks are wall time: on a machine busy with other work a short task can be held for
    // many times its length, so the machine's load is logged beside them.
    const tasks = `longest task ${run.longestTaskMs.toFixed(0)} ms, most CPU in one task ${run.longestTaskCpuMs.toFixed(0)} ms, load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs`;
    log(
      `    ${plural(size, 'issue')}, ${action}: ${run.error ? `failed after ${seconds(run.ms)}: ${run.error}` : `${seconds(run.ms)} (${phases.join(', ')}; ${tasks})`}`,
    );
    return run;
  };
  const backupPath = join(work, `backup-${size}.json`);
  const check = await withBrowser(extensionDir, async ({ context, extensionId }, bench) => {
    await record('import', () => importAction(context, extensionId, paths, `import-${size}`), NOT_RUN);
    let stored = await counts(bench);
    const seeded = stored.issues < size;
    if (seeded) stored = await seed(bench, files);
    const exported = await record('export', () => exportAction(context, extensionId, join(work, `archive-${size}.zip`), `export-${size}`), {
      ...NOT_RUN,
      zipFiles: 0,
    });
    const backup = await record('backup', () => backupAction(context, extensionId, backupPath, `backup-${size}`), { ...NOT_RUN, bytes: 0 });
    return { imported: stored, seeded, zipFiles: exported.zipFiles, backupBytes: backup.bytes };
  });
  const restored = await withBrowser(extensionDir, async ({ context, extensionId }, bench) => {
    await record('restore', () => restoreAction(context, extensionId, backupPath, `restore-${size}`), NOT_RUN);
    return counts(bench);
  });
  // The same files as a folder, in a fresh profile of its own (the archive above would make every issue a clash).
  const fromFolder = await withBrowser(extensionDir, async ({ context, extensionId }, bench) => {
    await record('import-folder', () => importFolderAction(context, extensionId, files, `import-folder-${size}`), NOT_RUN);
    return counts(bench);
  });
  details.checks[size]!.push({ ...check, restored, fromFolder });
  rmSync(backupPath, { force: true });
  const problems = [
    check.imported.issues !== size && `${check.imported.issues} issues stored after the import`,
    check.zipFiles !== size && `${check.zipFiles} files in the zip`,
    restored.issues !== size && `${restored.issues} issues after the restore`,
    fromFolder.issues !== size && `${fromFolder.issues} issues stored after importing the folder`,
  ].filter(Boolean);
  log(
    `  ${plural(size, 'issue')}: ${problems.length === 0 ? 'every issue imported (files and folder), zipped and restored' : problems.join(', ')}${check.seeded ? ' (seeded after the import failed)' : ''}`,
  );
}

/**
 * Import, export (zip), backup and restore of 133, 1,330 and 13,300 issues, driven in the real
 * editor of the build in `extensionDir` (which has the bench pages): time per issue and its
 * growth, the longest main-thread task, the peak heap, and whether a progress bar was shown.
 * The sizes are interleaved run by run, so a busy spell on the machine falls on all of them.
 * Returns the rows; every run's figures and checks go to `details.bulk`.
 */
export async function bulkFigures(extensionDir: string, archive: ArchiveFile[], details: Record<string, unknown>): Promise<Row[]> {
  const work = mkdtempSync(join(tmpdir(), 'curator-bench-bulk-'));
  const bulk: BulkDetails = { runs: { import: {}, 'import-folder': {}, export: {}, backup: {}, restore: {} }, checks: {} };
  details.bulk = bulk;
  try {
    const sets = COPIES.map((copies) => {
      const files = repeatArchive(archive, copies);
      const dir = join(work, `issues-${files.length}`);
      mkdirSync(dir);
      const paths = files.map(({ name, text }) => {
        writeFileSync(join(dir, name), text);
        return join(dir, name);
      });
      for (const action of ACTIONS) bulk.runs[action][files.length] = [];
      bulk.checks[files.length] = [];
      return { files, paths };
    });
    for (let run = 0; run < RUNS; run++) {
      log(
        `Bulk actions, run ${run + 1} of ${RUNS}: import, export, backup and restore of ${sets.map(({ files }) => plural(files.length, 'issue')).join(', ')}…`,
      );
      for (const { files, paths } of run % 2 === 0 ? sets : [...sets].reverse()) await runSize(extensionDir, files, paths, work, bulk);
    }
    return ACTIONS.flatMap((action) => actionRows(action, bulk.runs[action]));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
