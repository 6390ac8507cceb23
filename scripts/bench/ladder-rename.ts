import { BUDGETS } from './budgets';
import { type Rung, withBenchPage } from './ladder';
import { type LadderFigure, type LadderLine, type LadderSamples, ladderFigure } from './ladder-figures';
import { ladderRounds } from './ladder-rounds';
import type { Row } from './report';
import { LADDER_RUNS, log } from './runs';

export const RENAME_FIGURE: LadderFigure = {
  key: 'section-rename',
  label: 'Settings: a section renamed, with its one draft item (the save, in the page)',
  unit: 'ms',
  growthBudget: BUDGETS.ladderGrowth,
};

const NAMES = ['Bench tools', 'Bench tooling'] as const;

/**
 * A section renamed at every size, `LADDER_RUNS.renames` times each, back and forth between two
 * names. The draft's first item is in it; no archived item is, so a rename that read every item
 * to find its own would grow with the archive and one that reads the section's items would not.
 * The rung's sections and draft are put back as they were afterwards.
 */
export async function renameLadder(rungs: readonly Rung[], samples: LadderSamples): Promise<{ rows: Row[]; line: LadderLine }> {
  log(`Section rename: ${LADDER_RUNS.renames} at every size…`);
  for (const rung of rungs) await withBenchPage(rung, (page) => page.evaluate((name) => window.ladder.setUpSection(name), NAMES[0]));
  try {
    await ladderRounds(rungs, { rounds: LADDER_RUNS.renames, warmup: 1 }, async (rung, round) => {
      // Each round starts from the name the one before left: the warm-up's is the first name.
      const [from, to] = (round + 1) % 2 === 0 ? NAMES : ([NAMES[1], NAMES[0]] as const);
      await samples.take(RENAME_FIGURE.key, rung.size, round, () =>
        withBenchPage(rung, (page) => page.evaluate(([a, b]) => window.ladder.renameSection(a, b), [from, to] as const)),
      );
    });
  } finally {
    for (const rung of rungs) await withBenchPage(rung, (page) => page.evaluate(() => window.ladder.setUpSection(null)));
  }
  return ladderFigure(RENAME_FIGURE, samples);
}
