import type { Rung } from './ladder';

export interface RoundPlan {
  rounds: number;
  /** Untimed rounds first (the step is told: its round is negative). */
  warmup?: number;
  /**
   * Seconds of timed rounds a rung may take; once a rung has spent them (and had `minRounds`), it
   * sits out the rounds left. So a slow 13,300-issue rung takes fewer runs, never a smaller size.
   */
  secondsPerRung?: number;
  minRounds?: number;
}

/**
 * Runs `step` for each rung, round by round: in even rounds the smallest size first, in odd
 * rounds the largest, so a busy spell on the shared machine falls on every size alike.
 */
export async function ladderRounds(rungs: readonly Rung[], plan: RoundPlan, step: (rung: Rung, round: number) => Promise<void>): Promise<void> {
  const spent = new Map<Rung, number>(rungs.map((rung) => [rung, 0]));
  for (let round = -(plan.warmup ?? 0); round < plan.rounds; round++) {
    const order = round % 2 === 0 ? rungs : [...rungs].reverse();
    for (const rung of order) {
      const over = plan.secondsPerRung !== undefined && spent.get(rung)! > plan.secondsPerRung;
      if (round >= (plan.minRounds ?? plan.rounds) && over) continue;
      const started = Date.now();
      await step(rung, round);
      if (round >= 0) spent.set(rung, spent.get(rung)! + (Date.now() - started) / 1000);
    }
  }
}
