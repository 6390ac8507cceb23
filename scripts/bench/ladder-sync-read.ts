import { type Rung, withBenchPage } from './ladder';
import { type LadderFigure, type LadderLine, type LadderSamples, ladderFigure } from './ladder-figures';
import { ladderRounds } from './ladder-rounds';
import type { Row } from './report';
import { LADDER_RUNS, log } from './runs';

export const SYNC_READ_FIGURE: LadderFigure = {
  key: 'sync-read',
  label: "Sync: this browser's side read, nothing changed since the last sync (reported)",
  unit: 'ms',
};

/**
 * What a sync reads of this browser's data when nothing changed since the last one, at every
 * size, `LADDER_RUNS.syncReads` times each: every published issue's file is first remembered as
 * pushed, as a completed sync leaves them, so the read takes each as a stand-in for its blob.
 * Reported, not budgeted: issue 14 names the daily actions, and this one reads every issue record.
 */
export async function syncReadLadder(rungs: readonly Rung[], samples: LadderSamples): Promise<{ rows: Row[]; line: LadderLine }> {
  log(`Sync's local read: ${LADDER_RUNS.syncReads} at every size…`);
  for (const rung of rungs) {
    const files = await withBenchPage(rung, (page) => page.evaluate(() => window.ladder.rememberAsSynced()));
    if (files !== rung.size) throw new Error(`${files} issue files remembered at ${rung.size} issues`);
  }
  await ladderRounds(rungs, { rounds: LADDER_RUNS.syncReads, warmup: 1 }, async (rung, round) => {
    await samples.take(SYNC_READ_FIGURE.key, rung.size, round, async () => {
      const read = await withBenchPage(rung, (page) => page.evaluate(() => window.ladder.readForSync()));
      if (read.standIns !== rung.size) throw new Error(`${read.standIns} of ${read.files} issue files read as stand-ins at ${rung.size} issues`);
      return read.ms;
    });
  });
  return ladderFigure(SYNC_READ_FIGURE, samples);
}
