import type { BrowserContext } from 'playwright-core';
import { readyProbe } from './ready-probe';

/** Installs the ready probe in every page the context opens from now on. */
export async function installReadyProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(readyProbe);
}

/** Opens `url` in a new tab and returns the ms from navigation start to its first ready frame. */
export async function timeOpen(context: BrowserContext, url: string, settleMs: number, timeoutMs = 30_000): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const ready = await page.evaluate(
      (timeout) =>
        Promise.race([
          window.__benchReady ?? Promise.reject(new Error('The ready probe is not installed')),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not ready after ${timeout} ms`)), timeout)),
        ]),
      timeoutMs,
    );
    // Let what the page does after it is ready (storage, capture) finish before the next open.
    if (settleMs > 0) await page.waitForTimeout(settleMs);
    return ready;
  } catch (error) {
    throw new Error(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await page.close();
  }
}

/**
 * Opens each page `rounds` times, interleaved (the order alternates each round, so neither page
 * always follows the other), after `warmup` untimed rounds. Returns the timings per page name.
 */
export async function timeOpens(
  context: BrowserContext,
  pages: Record<string, string>,
  { rounds, warmup, settleMs }: { rounds: number; warmup: number; settleMs: number },
): Promise<Record<string, number[]>> {
  const names = Object.keys(pages);
  const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = -warmup; round < rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const ms = await timeOpen(context, pages[name]!, settleMs);
      if (round >= 0) times[name]!.push(ms);
    }
  }
  return times;
}
