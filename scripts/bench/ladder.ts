import type { Page } from 'playwright-core';
import { gatewayApi } from '../../test/e2e/harness/articles';
import { type LaunchedBrowser, launchBrowser } from '../../test/e2e/harness/launch';
import type { ArticleServer } from '../../test/e2e/harness/server';
import { tabIdFor } from '../../test/e2e/harness/tabs';
import { draftLinks } from './archive-files';
import type { Build } from './build';
import { ladderIssues } from './ladder-archive';
import type { ArchiveFile } from './page/bench-api';
import { installReadyProbe } from './page-opens';
import { withoutBrowserNamespace } from './ready-probe';
import { log, plural } from './runs';

/** The ladder's sizes: the real archive once, 10 and 100 times. */
const SIZES = [
  { size: 133, copies: 1 },
  { size: 1330, copies: 10 },
  { size: 13300, copies: 100 },
] as const;

/**
 * The sizes measured: all three, or those `BENCH_LADDER_SIZES` names (`133`, or `133,13300`), for
 * a quick look that skips seeding the others; the smallest kept is the reference of every growth.
 */
function measuredSizes(names: string | undefined): readonly { size: number; copies: number }[] {
  if (!names) return SIZES;
  const sizes = names.split(',').map((name) => Number(name.trim()));
  const unknown = sizes.find((size) => !SIZES.some((rung) => rung.size === size));
  if (unknown !== undefined) throw new Error(`BENCH_LADDER_SIZES: no size ${unknown} (the sizes: ${SIZES.map(({ size }) => size).join(', ')})`);
  return SIZES.filter(({ size }) => sizes.includes(size));
}

export const LADDER = measuredSizes(process.env.BENCH_LADDER_SIZES);

/** Issues written per `importIssues` call while seeding: one transaction never holds the whole archive. */
const SEED_CHUNK = 500;
/** Items of the draft every rung has, as the editor-ready figure of issue 7 measured it. */
export const DRAFT_ITEMS = 50;
/** Links collected for later in every rung: the pool the editor shows beside the draft (issue 15's figure). */
export const POOL_LINKS = 100;

/** One rung: a Chromium profile of its own, holding `size` archived issues, the 50-item draft and the 100-link pool. */
export interface Rung {
  size: number;
  browser: LaunchedBrowser;
  /** `chrome-extension://<id>` */
  base: string;
  /** Tab ids the popup is opened on (`?tab=`): an article not in the archive, one that is, one for Adds. */
  tabs: { article: number; featured: number; add: number };
  /** The tab Adds are made on: it is sent to a new page before each. */
  addPage: Page;
  stored: { issues: number; items: number };
  seedSeconds: number;
}

/** Pages the ladder serves beside the e2e articles: the archived one, and one fresh page per Add. */
export const LADDER_PATHS = {
  featured: '/bench/featured-article',
  add: (n: number) => `/bench/add/${n}`,
};
export const ADD_SITE_NAME = 'Bench ladder site';

function articlePage(title: string, siteName: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title><meta property="og:site_name" content="${siteName}"></head><body><article><h1>${title}</h1><p>A page for the benchmark.</p></article></body></html>\n`;
}

/** The pages `startServer` must serve for the ladder (`adds` fresh pages for Adds). */
export function ladderPages(adds: number): Record<string, string> {
  const pages: Record<string, string> = { [LADDER_PATHS.featured]: articlePage('The Twelve-Factors Kubernetes', ADD_SITE_NAME) };
  for (let n = 0; n < adds; n++) pages[LADDER_PATHS.add(n)] = articlePage(`Ladder add ${n}`, ADD_SITE_NAME);
  return pages;
}

/** The bench page of a rung, for seeding and for putting the draft back between Adds. */
export async function openBenchPage(browser: LaunchedBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/bench/bench.html`);
  await page.waitForFunction(() => typeof window.bench === 'object' && typeof window.ladder === 'object');
  return page;
}

/** Runs `use` in a bench page of the rung opened for it, closed after. */
export async function withBenchPage<T>(rung: { browser: LaunchedBrowser }, use: (page: Page) => Promise<T>): Promise<T> {
  const page = await openBenchPage(rung.browser);
  try {
    return await use(page);
  } finally {
    await page.close();
  }
}

async function openTab(browser: LaunchedBrowser, url: string): Promise<{ page: Page; id: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return { page, id: await tabIdFor(browser.context, browser.extensionId, page.url()) };
}

/**
 * Launches one Chromium per size, each on a fresh profile of its own (the extension's database
 * is per profile, and an extension loads only in a persistent context, one per browser), and
 * seeds it: the archive through the extension's `importIssues` in chunks, then the 50-item draft
 * and the 100-link pool.
 * All three stay open, so the figures can be taken round by round across the sizes.
 */
export async function openLadder(measured: Build, archive: ArchiveFile[], server: ArticleServer): Promise<Rung[]> {
  const rungs: Rung[] = [];
  try {
    for (const { size, copies } of LADDER) {
      const started = Date.now();
      const browser = await launchBrowser({ extensionDir: measured.dir });
      // Before any page of the rung opens, so every one of them is timed the same way.
      await installReadyProbe(browser.context);
      await browser.context.addInitScript(withoutBrowserNamespace);
      const bench = await openBenchPage(browser);
      const issues = ladderIssues(archive, copies, server.url(LADDER_PATHS.featured));
      for (let first = 0; first < issues.length; first += SEED_CHUNK) {
        await bench.evaluate((chunk) => window.ladder.seedIssues(chunk), issues.slice(first, first + SEED_CHUNK));
      }
      const links = draftLinks(archive, DRAFT_ITEMS + POOL_LINKS);
      await bench.evaluate((draft) => window.bench.addToDraft(draft), links.slice(0, DRAFT_ITEMS));
      await bench.evaluate((pool) => window.ladder.seedPool(pool), links.slice(DRAFT_ITEMS));
      const stored = await bench.evaluate(() => window.ladder.countRecords());
      const pooled = await bench.evaluate(() => window.ladder.countPool());
      await bench.close();
      if (stored.issues !== size + 1) throw new Error(`Seeded ${stored.issues} issues (the draft included) where ${size + 1} were meant`);
      if (pooled !== POOL_LINKS) throw new Error(`Seeded ${pooled} links in the pool where ${POOL_LINKS} were meant`);
      const article = await openTab(browser, server.url(gatewayApi.path));
      const featured = await openTab(browser, server.url(LADDER_PATHS.featured));
      const add = await openTab(browser, server.url(LADDER_PATHS.add(0)));
      const seedSeconds = (Date.now() - started) / 1000;
      rungs.push({
        size,
        browser,
        base: `chrome-extension://${browser.extensionId}`,
        tabs: { article: article.id, featured: featured.id, add: add.id },
        addPage: add.page,
        stored,
        seedSeconds,
      });
      log(`  ${plural(size, 'issue')} (${plural(stored.items, 'item')} stored, draft included): seeded in ${seedSeconds.toFixed(1)} s`);
    }
    return rungs;
  } catch (error) {
    await closeLadder(rungs);
    throw error;
  }
}

export async function closeLadder(rungs: readonly Rung[]): Promise<void> {
  for (const rung of rungs) await rung.browser.close().catch(() => undefined);
}
