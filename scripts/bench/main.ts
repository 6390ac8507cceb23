import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { articlePages, gatewayApi } from '../../test/e2e/harness/articles';
import { type LaunchedBrowser, launchBrowser } from '../../test/e2e/harness/launch';
import { startServer } from '../../test/e2e/harness/server';
import { tabIdFor } from '../../test/e2e/harness/tabs';
import { featuredLookups } from './archive-figures';
import { draftLinks, readArchive } from './archive-files';
import { BUDGETS } from './budgets';
import { addBenchPages, type Build, buildExtension, REPO_ROOT } from './build';
import { bulkFigures } from './bulk-figures';
import { byteRows } from './byte-figures';
import { emojiPickerLoad } from './emoji-picker-load';
import { analyzePage } from './first-load';
import type { ArchiveFile } from './page/bench-api';
import { installReadyProbe, timeOpens } from './page-opens';
import { type Results, type Row, saveResults, table } from './report';
import { log, plural, RUNS } from './runs';
import { median, pairedRatios, summarize } from './stats';
import { unclippedFigures } from './unclipped-figures';

const RESULTS_DIR = join(REPO_ROOT, 'bench-results');

async function openBenchPage(browser: LaunchedBrowser) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/bench/bench.html`);
  await page.waitForFunction(() => typeof window.bench === 'object');
  return page;
}

/** The popup, the emoji picker and the editor, timed in one browser against a blank page; then the archive figures. */
async function pagesAndArchive(measured: Build, archive: ArchiveFile[]): Promise<{ rows: Row[]; details: Record<string, unknown>; chromium: string }> {
  const browser = await launchBrowser({ extensionDir: measured.dir });
  const server = await startServer(articlePages());
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  const base = `chrome-extension://${browser.extensionId}`;
  try {
    await installReadyProbe(browser.context);
    const bench = await openBenchPage(browser);

    log('Seeding: the whole archive imported, and a 50-item draft…');
    const seeded = await bench.evaluate((files) => window.bench.importArchive(files), archive);
    await bench.evaluate((links) => window.bench.addToDraft(links), draftLinks(archive, 50));

    const article = await browser.context.newPage();
    await article.goto(server.url(gatewayApi.path));
    const tabId = await tabIdFor(browser.context, browser.extensionId, article.url());
    const popupUrl = `${base}/popup/index.html?tab=${tabId}`;
    const blankUrl = `${base}/bench/blank.html`;

    log(`Popup vs blank page: ${RUNS.pageOpens} opens each…`);
    const popup = await timeOpens(
      browser.context,
      { popup: popupUrl, blank: blankUrl, script: `${base}/bench/one-script.html`, least: `${base}/bench/least/popup/index.html?tab=${tabId}` },
      { rounds: RUNS.pageOpens, warmup: RUNS.pageWarmup, settleMs: RUNS.settleMs },
    );
    const popupRatio = median(popup.popup!) / median(popup.blank!);
    rows.push(
      { key: 'popup-ready', label: 'Popup ready (title, URL, cursor in commentary)', unit: 'ms', value: median(popup.popup!), spread: summarize(popup.popup!) },
      { key: 'popup-blank', label: 'Blank extension page, same run', unit: 'ms', value: median(popup.blank!), spread: summarize(popup.blank!) },
      {
        key: 'popup-one-script',
        label: 'Reference: the blank page plus one tiny module script',
        unit: 'ms',
        value: median(popup.script!),
        spread: summarize(popup.script!),
      },
      {
        key: 'popup-least',
        label: 'Reference: the least a popup can do (one script: ask for the tab, fill two fields)',
        unit: 'ms',
        value: median(popup.least!),
        spread: summarize(popup.least!),
      },
      {
        key: 'popup-least-ratio',
        label: 'That reference ÷ blank page (the floor under the popup budget)',
        unit: 'ratio',
        value: median(popup.least!) / median(popup.blank!),
        spread: pairedRatios(popup.least!, popup.blank!),
      },
      {
        key: 'popup-over-least',
        label: "Popup ready − that reference: what the popup's own code adds",
        unit: 'ms',
        value: median(popup.popup!) - median(popup.least!),
      },
      {
        key: 'popup-ratio',
        label: 'Popup ready ÷ blank page (medians)',
        unit: 'ratio',
        value: popupRatio,
        spread: pairedRatios(popup.popup!, popup.blank!),
        budget: `≤ ${BUDGETS.popupReadyRatio}×`,
        ok: popupRatio <= BUDGETS.popupReadyRatio,
      },
    );

    log('Emoji picker: what opening it loads…');
    const picker = await emojiPickerLoad(browser.context, popupUrl);
    // The picker's files in this build, from the static analysis; the chunk names alone would not
    // do (Preact's shared chunk is named after LazyEmojiPicker).
    const pickerGroup = analyzePage(measured.dir, 'popup/index.html').lazy.find((group) => group.name === 'EmojiPicker');
    const pickerFiles = new Set([...(pickerGroup?.files ?? []), ...(pickerGroup?.assets ?? [])].map((file) => file.path));
    const pickerEarly = picker.before.filter((path) => pickerFiles.has(path));
    const pickerLate = picker.opened.filter((path) => pickerFiles.has(path));
    rows.push(
      {
        key: 'picker-runtime',
        label: 'Emoji picker code and data loaded before it is opened',
        unit: 'text',
        value: pickerEarly.length === 0 ? `no (all ${plural(pickerLate.length, 'file')} of it on first open)` : pickerEarly.join(', '),
        budget: 'none',
        ok: pickerFiles.size > 0 && pickerEarly.length === 0 && pickerLate.length === pickerFiles.size,
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

    log(`Editor (50-item draft, ${plural(seeded.issues, 'issue')} archived) vs blank page: ${RUNS.pageOpens} opens each…`);
    const editor = await timeOpens(
      browser.context,
      { editor: `${base}/options/index.html`, blank: blankUrl },
      { rounds: RUNS.pageOpens, warmup: RUNS.pageWarmup, settleMs: RUNS.settleMs },
    );
    const editorRatio = median(editor.editor!) / median(editor.blank!);
    rows.push(
      {
        key: 'editor-ready',
        label: 'Editor ready (50 items and their markdown)',
        unit: 'ms',
        value: median(editor.editor!),
        spread: summarize(editor.editor!),
      },
      { key: 'editor-blank', label: 'Blank extension page, same run', unit: 'ms', value: median(editor.blank!), spread: summarize(editor.blank!) },
      {
        key: 'editor-ratio',
        label: 'Editor ready ÷ blank page (medians)',
        unit: 'ratio',
        value: editorRatio,
        spread: pairedRatios(editor.editor!, editor.blank!),
        budget: `≤ ${BUDGETS.editorReadyRatio}×`,
        ok: editorRatio <= BUDGETS.editorReadyRatio,
      },
    );

    rows.push(...(await featuredLookups(bench)));
    rows.push(...(await bulkFigures(measured.dir, archive, details)));
    await article.close();
    return { rows, details, chromium: browser.context.browser()?.version() ?? 'unknown' };
  } finally {
    await server.close();
    await browser.close();
  }
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
  const started = Date.now();
  const archive = readArchive();
  log('Building the store extension and the measured (e2e) build…');
  const [store, measured] = await Promise.all([buildExtension('store'), buildExtension('e2e')]);
  try {
    await addBenchPages(measured.dir);
    const bytes = byteRows(store);
    log('Pages not clipped: store manifest, an article page, the service worker start-up…');
    const zero = await unclippedFigures(store);
    const timed = await pagesAndArchive(measured, archive);
    const results: Results = {
      meta: {
        date: new Date().toISOString(),
        commit: gitDescription(),
        chromium: timed.chromium,
        node: process.version,
        cpus: cpus().length,
        seconds: Math.round((Date.now() - started) / 1000),
      },
      rows: [...bytes.rows, ...zero.rows, ...timed.rows],
      details: { ...bytes.details, ...zero.details, ...timed.details },
    };
    const previous = saveResults(RESULTS_DIR, results);
    const { meta } = results;
    console.log(
      `\nKubelist Curator benchmark · ${meta.date} · ${meta.commit} · Chromium ${meta.chromium} · Node ${meta.node} · ${meta.cpus} CPUs · ${meta.seconds} s\n`,
    );
    console.log(table(results, previous));
    const over = results.rows.filter((row) => row.ok === false);
    console.log(`\n${over.length === 0 ? 'Every budget is met.' : `Over budget: ${over.map((row) => row.label).join('; ')}.`}`);
    console.log(`Written to bench-results/latest.json${previous ? ' (the run before is in bench-results/previous.json)' : ''}.`);
    if (over.length > 0) process.exitCode = 1;
  } finally {
    store.remove();
    measured.remove();
  }
}
