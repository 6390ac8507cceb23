import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { articlePages } from '../../test/e2e/harness/articles';
import { launchBrowser } from '../../test/e2e/harness/launch';
import { startServer } from '../../test/e2e/harness/server';
import { featuredLookups } from './archive-figures';
import { readArchive } from './archive-files';
import { addBenchPages, type Build, buildExtension, REPO_ROOT } from './build';
import { bulkFigures } from './bulk-figures';
import { byteRows } from './byte-figures';
import { captureFigures } from './capture-figures';
import { emojiPickerLoad } from './emoji-picker-load';
import { analyzePage } from './first-load';
import { closeLadder, ladderPages, openBenchPage, openLadder } from './ladder';
import { ADD_PAGES, addLadder } from './ladder-add';
import { type LadderLine, LadderSamples, ladderTable } from './ladder-figures';
import { memoryLadder } from './ladder-memory';
import { popupLadder } from './ladder-popup';
import { renameLadder } from './ladder-rename';
import { syncReadLadder } from './ladder-sync-read';
import { viewLadder } from './ladder-views';
import type { ArchiveFile } from './page/bench-api';
import { polyfillRows } from './polyfill-bytes';
import { type Results, type Row, saveResults, table } from './report';
import { log, plural } from './runs';
import { unclippedFigures } from './unclipped-figures';

const RESULTS_DIR = join(REPO_ROOT, 'bench-results');

/**
 * The bench's parts: `bytes` (sizes, the polyfill, pages not clipped), `ladder` (the three sizes'
 * daily figures and the archive figures), `bulk` (import, zip, backup, restore), `capture` (issue 17:
 * clipping heavy pages, popup open to the final title). `BENCH_ONLY=bulk`
 * (or a comma-separated list) runs only those, for a quick look at one part; such a run's results
 * go to bench-results/partial.json and leave latest.json alone.
 */
const PARTS = ['bytes', 'ladder', 'bulk', 'capture'] as const;
type Part = (typeof PARTS)[number];
const ONLY = process.env.BENCH_ONLY?.split(',').map((part) => part.trim());
const unknownPart = ONLY?.find((part) => !(PARTS as readonly string[]).includes(part));
const runs = (part: Part) => !ONLY || ONLY.includes(part);

/**
 * The ladder's phases, in the order they run. `BENCH_LADDER_PHASES=popup` (or a comma-separated
 * list) takes only those; with `BENCH_LADDER_SIZES` (ladder.ts) a look at the popup's opens at 133
 * issues takes minutes instead of the whole ladder's half hour or more.
 */
const PHASES = ['memory', 'popup', 'add', 'views'] as const;
type Phase = (typeof PHASES)[number];
const ONLY_PHASES = process.env.BENCH_LADDER_PHASES?.split(',').map((phase) => phase.trim());
const unknownPhase = ONLY_PHASES?.find((phase) => !(PHASES as readonly string[]).includes(phase));
const ladderRuns = (phase: Phase) => !ONLY_PHASES || ONLY_PHASES.includes(phase);

/**
 * The ladder of issue 14 (133, 1,330 and 13,300 issues, a Chromium profile each): heaps, the
 * popup, Add, the editor and its views, each size side by side; then, in the smallest rung's
 * browser, the emoji picker and the archive figures.
 */
async function pagesAndArchive(
  measured: Build,
  archive: ArchiveFile[],
): Promise<{ rows: Row[]; lines: LadderLine[]; details: Record<string, unknown>; chromium: string }> {
  if (!runs('ladder')) {
    const details: Record<string, unknown> = {};
    const rows = runs('bulk') ? await bulkFigures(measured.dir, archive, details) : [];
    return { rows, lines: [], details, chromium: 'not run' };
  }
  const server = await startServer({ ...articlePages(), ...ladderPages(ADD_PAGES) });
  const rows: Row[] = [];
  const lines: LadderLine[] = [];
  const details: Record<string, unknown> = {};
  log('Ladder: the archive repeated to 133, 1,330 and 13,300 issues, a 50-item draft each, a Chromium profile each…');
  const seeding = Date.now();
  const rungs = await openLadder(measured, archive, server).catch(async (error) => {
    await server.close();
    throw error;
  });
  log(`  seeding took ${((Date.now() - seeding) / 1000).toFixed(0)} s in all`);
  const samples = new LadderSamples();
  try {
    details.ladder = { seeded: rungs.map(({ size, stored, seedSeconds }) => ({ size, stored, seedSeconds })) };
    // Each phase's lines go to the log as soon as it ends, so a run cut short still tells what it measured.
    const skipped = { rows: [] as Row[], lines: [] as LadderLine[] };
    const memory = ladderRuns('memory') ? await memoryLadder(rungs, samples) : { ...skipped, details: undefined };
    log(ladderTable(memory.lines));
    const popup = ladderRuns('popup') ? await popupLadder(rungs, samples) : skipped;
    log(ladderTable(popup.lines));
    const add = ladderRuns('add') ? await addLadder(rungs, server, samples) : { rows: [], line: undefined };
    if (add.line) log(ladderTable([add.line]));
    const rename = ladderRuns('add') ? await renameLadder(rungs, samples) : { rows: [], line: undefined };
    if (rename.line) log(ladderTable([rename.line]));
    const syncRead = ladderRuns('add') ? await syncReadLadder(rungs, samples) : { rows: [], line: undefined };
    if (syncRead.line) log(ladderTable([syncRead.line]));
    const views = ladderRuns('views') ? await viewLadder(rungs, samples) : skipped;
    lines.push(...popup.lines, ...[add.line, rename.line, syncRead.line].filter((line) => line !== undefined), ...views.lines, ...memory.lines);
    rows.push(...popup.rows, ...add.rows, ...rename.rows, ...syncRead.rows, ...views.rows, ...memory.rows);
    details.heap = memory.details;
    details.samples = samples.toJSON();

    const smallest = rungs[0]!;
    const popupUrl = `${smallest.base}/popup/index.html?tab=${smallest.tabs.article}`;
    log('Emoji picker: what opening it loads…');
    const picker = await emojiPickerLoad(smallest.browser.context, popupUrl);
    // The picker's files in this build, from the static analysis; the chunk names alone would not
    // do (Preact's shared chunk is named after LazyEmojiPicker).
    const pickerGroup = analyzePage(measured.dir, 'popup/index.html').lazy.find((group) => group.name === 'EmojiPicker');
    const pickerFiles = new Set([...(pickerGroup?.files ?? []), ...(pickerGroup?.assets ?? [])].map((file) => file.path));
    const pickerEarly = picker.before.filter((path) => pickerFiles.has(path));
    const pickerLate = picker.opened.filter((path) => pickerFiles.has(path));
    // Opening it loads its code and the data of one language (the UI's), not every language's.
    const pickerEntry = pickerGroup?.files[0]?.path;
    const pickerOpened = pickerEntry !== undefined && pickerLate.includes(pickerEntry) && pickerLate.some((path) => path.endsWith('.json'));
    rows.push(
      {
        key: 'picker-runtime',
        label: 'Emoji picker code and data loaded before it is opened',
        unit: 'text',
        value:
          pickerEarly.length === 0
            ? `no (${pickerLate.length} of its ${plural(pickerFiles.size, 'file')} on first open: its code and one language's data)`
            : pickerEarly.join(', '),
        budget: 'none',
        ok: pickerEarly.length === 0 && pickerOpened,
      },
      {
        key: 'picker-network',
        label: 'Network requests, popup and emoji picker',
        unit: 'count',
        value: picker.network.length,
        budget: 'none',
        ok: picker.network.length === 0,
      },
    );
    details.picker = picker;

    details.chromium = smallest.browser.context.browser()?.version() ?? 'unknown';
  } finally {
    await closeLadder(rungs);
    await server.close();
  }
  rows.push(...(await archiveFigures(measured)));
  if (runs('bulk')) rows.push(...(await bulkFigures(measured.dir, archive, details)));
  return { rows, lines, details, chromium: String(details.chromium) };
}

/** The archive figures, in a browser of their own (each figure uses databases of its own), once the ladder's are closed. */
async function archiveFigures(measured: Build): Promise<Row[]> {
  const browser = await launchBrowser({ extensionDir: measured.dir });
  const rows: Row[] = [];
  try {
    const bench = await openBenchPage(browser);
    rows.push(...(await featuredLookups(bench)));
  } catch (error) {
    // The ladder's figures are kept: a failure here is one row, not the whole run.
    rows.push({
      key: 'archive-figures',
      label: 'Archive figures',
      unit: 'text',
      value: `failed: ${error instanceof Error ? error.message : String(error)}`,
      ok: false,
    });
  } finally {
    await browser.close();
  }
  return rows;
}

function gitDescription(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\n').filter(Boolean).length;
    return changed ? `${commit} + ${plural(changed, 'uncommitted change')}` : commit;
  } catch {
    return 'unknown';
  }
}

export async function main(): Promise<void> {
  if (unknownPart !== undefined) throw new Error(`BENCH_ONLY: no part "${unknownPart}" (the parts: ${PARTS.join(', ')})`);
  if (unknownPhase !== undefined) throw new Error(`BENCH_LADDER_PHASES: no phase "${unknownPhase}" (the phases: ${PHASES.join(', ')})`);
  const started = Date.now();
  // What is built is the tree as it is now: later edits made while the run goes on are not in it.
  const commit = gitDescription();
  const archive = readArchive();
  log('Building the store extension and the measured (e2e) build…');
  const [store, measured] = await Promise.all([buildExtension('store'), buildExtension('e2e')]);
  try {
    await addBenchPages(measured.dir);
    const none = { rows: [] as Row[], details: {} };
    const bytes = runs('bytes') ? byteRows(store) : none;
    const polyfill = runs('bytes') ? polyfillRows(store) : none;
    if (runs('bytes')) log('Pages not clipped: store manifest, an article page, the service worker start-up…');
    const zero = runs('bytes') ? await unclippedFigures(store) : none;
    const timed = runs('ladder') || runs('bulk') ? await pagesAndArchive(measured, archive) : { rows: [], lines: [], details: {}, chromium: 'not run' };
    const captureDetails: Record<string, unknown> = {};
    const capture = runs('capture') ? await captureFigures(measured.dir, captureDetails) : [];
    const results: Results = {
      meta: {
        date: new Date().toISOString(),
        commit,
        chromium: timed.chromium,
        node: process.version,
        cpus: cpus().length,
        seconds: Math.round((Date.now() - started) / 1000),
      },
      rows: [...bytes.rows, ...polyfill.rows, ...zero.rows, ...timed.rows, ...capture],
      details: { ...bytes.details, ...polyfill.details, ...zero.details, ...timed.details, ...captureDetails, ladderLines: timed.lines },
    };
    // A run of some parts, phases or sizes is not the whole benchmark: latest.json is left alone.
    const only = [...(ONLY ?? []), ...(ONLY_PHASES ?? []), ...(process.env.BENCH_LADDER_SIZES ? [`${process.env.BENCH_LADDER_SIZES} issues`] : [])];
    const previous = saveResults(RESULTS_DIR, results, only.length > 0 ? 'partial.json' : 'latest.json');
    const { meta } = results;
    console.log(
      `\nKubelist Curator benchmark · ${meta.date} · ${meta.commit} · Chromium ${meta.chromium} · Node ${meta.node} · ${meta.cpus} CPUs · ${meta.seconds} s\n`,
    );
    console.log(table(results, previous));
    if (timed.lines.length > 0) console.log(`\n${ladderTable(timed.lines)}`);
    const over = results.rows.filter((row) => row.ok === false);
    console.log(`\n${over.length === 0 ? 'Every budget is met.' : `Over budget: ${over.map((row) => row.label).join('; ')}.`}`);
    console.log(
      only.length > 0
        ? `Written to bench-results/partial.json (only ${only.join(', ')}).`
        : `Written to bench-results/latest.json${previous ? ' (the run before is in bench-results/previous.json)' : ''}.`,
    );
    if (over.length > 0) process.exitCode = 1;
  } finally {
    store.remove();
    measured.remove();
  }
}
