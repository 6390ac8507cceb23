import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { BUDGETS } from './budgets';
import { LADDER, type Rung } from './ladder';
import { type LadderFigure, type LadderLine, type LadderSamples, ladderFigure } from './ladder-figures';
import { SEARCH } from './ladder-views';
import type { Row } from './report';
import { LADDER_RUNS, log } from './runs';
import { median, summarize } from './stats';

/**
 * The sections the editor's heap is read after, in the order a curator might visit them: each is
 * opened by its address (a hash change, as the section links do) and waited for until shown.
 */
const SECTIONS = [
  { hash: '#archive', shown: 'archive' },
  { hash: '#archive/1', shown: 'issue' },
  { hash: `#search?q=${encodeURIComponent(SEARCH.common)}`, shown: 'search' },
  { hash: '#stats', shown: 'stats' },
  { hash: '#import', shown: 'import' },
  { hash: '#backup', shown: 'backup' },
  { hash: '#settings', shown: 'settings' },
] as const;

/** Whether the section `shown` names is on screen and no view says it is still reading. */
function sectionShown(shown: string): boolean {
  if (document.querySelector('main[aria-busy="true"]')) return false;
  const found = (selector: string) => document.querySelector(selector) !== null;
  if (shown === 'archive') return found('main[data-view="archive"] a[href^="#archive/"]');
  if (shown === 'issue') return found('main[aria-labelledby="archived-heading"] a[href^="http"]');
  if (shown === 'search') return found('main[data-view="search"] :is(a[href^="#archive/"], a[href^="#draft/"], a[href="#collected"])');
  if (shown === 'stats') return found('main[data-view="stats"][aria-busy="false"]');
  return found(`#${shown}-heading`);
}

export interface HeapReading {
  /** `Runtime.getHeapUsage().usedSize` after two full garbage collections: the figure. */
  used: number;
  /** `Performance.getMetrics` JSHeapUsedSize at the same moment, for comparison. */
  metric: number;
}

/**
 * The JS heap of the page's V8 isolate over the DevTools protocol (not `performance.memory`, which
 * is bucketed), after garbage collection. Every extension page shares the extension's process and
 * isolate, so the caller keeps no other extension page open while it reads.
 */
async function readHeap(cdp: CDPSession): Promise<HeapReading> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return { used: usedSize, metric: metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN };
}

async function openWithCdp(context: BrowserContext, url: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'commit' });
  await page.evaluate(() => window.__benchReady);
  return { page, cdp };
}

/** The editor's heap with the draft shown, then after visiting every section and landing on the last. */
async function editorHeap(rung: Rung): Promise<{ draft: HeapReading; visited: HeapReading }> {
  const { page, cdp } = await openWithCdp(rung.browser.context, `${rung.base}/options/index.html`);
  try {
    await page.waitForTimeout(LADDER_RUNS.heapSettleMs);
    const draft = await readHeap(cdp);
    for (const { hash, shown } of SECTIONS) {
      await page.evaluate((to) => {
        location.hash = to;
      }, hash);
      await page.waitForFunction(sectionShown, shown, { timeout: LADDER_RUNS.viewTimeoutMs, polling: 'raf' });
    }
    await page.waitForTimeout(LADDER_RUNS.heapSettleMs);
    return { draft, visited: await readHeap(cdp) };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** The heap of a page left open until its late work is done (the popup: capture, storage, suggestions). */
async function pageHeap(context: BrowserContext, url: string): Promise<HeapReading> {
  const { page, cdp } = await openWithCdp(context, url);
  try {
    await page.waitForTimeout(LADDER_RUNS.heapSettleMs);
    return await readHeap(cdp);
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

export const HEAP_FIGURES: LadderFigure[] = [
  {
    key: 'editor-heap-visited',
    label: 'Editor JS heap after visiting draft, #archive, an issue, #search, #stats, #import, #backup, #settings',
    unit: 'bytes',
    growthBudget: BUDGETS.editorHeapGrowth,
  },
  { key: 'editor-heap-draft', label: 'Editor JS heap, draft only', unit: 'bytes' },
  { key: 'popup-heap', label: 'Popup JS heap (settled)', unit: 'bytes' },
];

/**
 * Heaps at every size, one rung after another (heap sizes do not suffer from a busy machine as
 * timings do). The first thing done in a fresh profile, it also warms the code of every section.
 */
export async function memoryLadder(rungs: readonly Rung[], samples: LadderSamples): Promise<{ rows: Row[]; lines: LadderLine[]; details: unknown }> {
  const details: Record<number, unknown> = {};
  for (const rung of rungs) {
    log(`Heap at ${rung.size.toLocaleString('en')} issues: the editor after every section, the popup and a blank page…`);
    const readings: { editor?: unknown; popup: HeapReading[]; blank: HeapReading[] } = { popup: [], blank: [] };
    try {
      const editor = await editorHeap(rung);
      readings.editor = editor;
      samples.add('editor-heap-draft', rung.size, editor.draft.used);
      samples.add('editor-heap-visited', rung.size, editor.visited.used);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      samples.fail('editor-heap-draft', rung.size, message);
      samples.fail('editor-heap-visited', rung.size, message);
    }
    for (let i = 0; i < LADDER_RUNS.heapOpens; i++) {
      const popup = await pageHeap(rung.browser.context, `${rung.base}/popup/index.html?tab=${rung.tabs.article}`);
      const blank = await pageHeap(rung.browser.context, `${rung.base}/bench/blank.html`);
      readings.popup.push(popup);
      readings.blank.push(blank);
      samples.add('popup-heap', rung.size, popup.used);
      samples.add('blank-heap', rung.size, blank.used);
    }
    details[rung.size] = readings;
  }
  const rows: Row[] = [];
  const lines: LadderLine[] = [];
  for (const figure of HEAP_FIGURES) {
    const { rows: figureRows, line } = ladderFigure(figure, samples);
    rows.push(...figureRows);
    lines.push(line);
  }
  const over = LADDER.map(({ size }) => median(samples.of('popup-heap', size)) - median(samples.of('blank-heap', size)));
  const worst = Math.max(...over);
  const blank = samples.of('blank-heap', LADDER[0]!.size);
  rows.push(
    { key: 'blank-heap', label: 'Blank extension page JS heap, 133 issues', unit: 'bytes', value: median(blank), spread: summarize(blank) },
    {
      key: 'popup-heap-over-blank',
      label: `Popup JS heap − blank page's (worst of ${LADDER.map(({ size }, i) => `${size.toLocaleString('en')}: ${(over[i]! / 1024).toFixed(0)} KB`).join(', ')})`,
      unit: 'bytes',
      value: worst,
      budget: BUDGETS.popupHeapOverBlank.text,
      ok: Number.isFinite(worst) && worst <= BUDGETS.popupHeapOverBlank.bytes,
    },
  );
  return { rows, lines, details };
}
