import type { ArticleServer } from '../../test/e2e/harness/server';
import { BUDGETS } from './budgets';
import { ADD_SITE_NAME, DRAFT_ITEMS, LADDER_PATHS, openBenchPage, type Rung } from './ladder';
import { type LadderFigure, type LadderLine, type LadderSamples, ladderFigure } from './ladder-figures';
import { ladderRounds } from './ladder-rounds';
import { clickAddAndTime } from './page-actions';
import type { Row } from './report';
import { LADDER_RUNS, log } from './runs';

export const ADD_FIGURE: LadderFigure = {
  key: 'popup-add',
  label: 'Popup Add: click to "Added" shown (item stored, draft read back)',
  unit: 'ms',
  growthBudget: BUDGETS.ladderGrowth,
};

/** Pages the Adds need from the server: one fresh page per round (each rung has a profile of its own). */
export const ADD_PAGES = LADDER_RUNS.adds + LADDER_RUNS.addWarmup;

/**
 * One Add: the rung's Add tab goes to a page never added before, the popup opens on it and is
 * left until it has the page's own metadata (the site name the capture reads is on screen) and a
 * moment more, then Add is clicked and timed in the page (`clickAddAndTime`). The draft is then
 * put back to its 50 items, which also checks that exactly one item was stored.
 */
async function timeAdd(rung: Rung, server: ArticleServer, page: number): Promise<number> {
  await rung.addPage.goto(server.url(LADDER_PATHS.add(page)));
  const popup = await rung.browser.context.newPage();
  let ms: number;
  try {
    await popup.goto(`${rung.base}/popup/index.html?tab=${rung.tabs.add}`);
    await popup.evaluate(() => window.__benchReady);
    await popup.waitForFunction((siteName) => document.body.textContent?.includes(siteName), ADD_SITE_NAME, { timeout: LADDER_RUNS.viewTimeoutMs });
    await popup.waitForTimeout(LADDER_RUNS.addSettleMs);
    ms = await popup.evaluate(clickAddAndTime, LADDER_RUNS.viewTimeoutMs);
  } finally {
    await popup.close();
  }
  const bench = await openBenchPage(rung.browser);
  const removed = await bench.evaluate((keep) => window.ladder.trimDraft(keep), DRAFT_ITEMS);
  await bench.close();
  if (removed !== 1) throw new Error(`the draft had ${removed} items more than ${DRAFT_ITEMS} after the Add, not 1`);
  return ms;
}

/** Popup Add at every size, interleaved, `LADDER_RUNS.adds` times each. */
export async function addLadder(rungs: readonly Rung[], server: ArticleServer, samples: LadderSamples): Promise<{ rows: Row[]; line: LadderLine }> {
  log(`Popup Add: ${LADDER_RUNS.adds} at every size…`);
  await ladderRounds(rungs, { rounds: LADDER_RUNS.adds, warmup: LADDER_RUNS.addWarmup }, async (rung, round) => {
    await samples.take(ADD_FIGURE.key, rung.size, round, () => timeAdd(rung, server, round + LADDER_RUNS.addWarmup));
  });
  const { rows, line } = ladderFigure(ADD_FIGURE, samples);
  return { rows, line };
}
