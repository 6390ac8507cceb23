import type { Page } from 'playwright-core';
import { BUDGETS } from './budgets';
import { linkUrl } from './page/bench-api';
import type { Row } from './report';
import { log, plural, RUNS } from './runs';
import { median, pairedRatios, summarize } from './stats';

/** Lookup URLs: hits spread over the whole archive (with tracking added, as pasted) and misses. */
function lookupUrls(size: number, count: number, seed: number): string[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0 ? `${linkUrl(Math.floor(random() * size))}?utm_source=bench` : `https://links.example/not-archived/${i}-${seed}`,
  );
}

/** "Already featured" with 1,000 and with 100,000 archived links, each in a database of its own. */
export async function featuredLookups(bench: Page): Promise<Row[]> {
  const sizes = [1_000, 100_000];
  log(`"Already featured": seeding ${sizes.map((n) => plural(n, 'link')).join(' and ')}…`);
  for (const size of sizes) {
    await bench.evaluate(([name, count]) => window.bench.seedLinks(name, count), [`bench-links-${size}`, size] as const);
  }
  const times: Record<number, number[]> = Object.fromEntries(sizes.map((size) => [size, []]));
  for (let round = -2; round < RUNS.lookupRounds; round++) {
    for (const size of round % 2 === 0 ? sizes : [...sizes].reverse()) {
      const urls = lookupUrls(size, RUNS.lookupsPerRound, 1000 + round);
      const { meanMs, found } = await bench.evaluate(([name, list]) => window.bench.timeLookups(name, list), [`bench-links-${size}`, urls] as const);
      if (found !== RUNS.lookupsPerRound / 2) throw new Error(`Lookup in ${size} links found ${found} of ${RUNS.lookupsPerRound / 2} archived URLs`);
      if (round >= 0) times[size]!.push(meanMs);
    }
  }
  for (const size of sizes) await bench.evaluate((name) => window.bench.deleteDatabase(name), `bench-links-${size}`);
  const [small, large] = sizes.map((size) => times[size]!) as [number[], number[]];
  const ratio = median(large) / median(small);
  return [
    { key: 'featured-1k', label: '"Already featured" lookup, 1,000 links', unit: 'ms', value: median(small), spread: summarize(small) },
    { key: 'featured-100k', label: '"Already featured" lookup, 100,000 links', unit: 'ms', value: median(large), spread: summarize(large) },
    {
      key: 'featured-ratio',
      label: 'Lookup 100,000 ÷ 1,000 links (medians)',
      unit: 'ratio',
      value: ratio,
      spread: pairedRatios(large, small),
      budget: `≤ ${BUDGETS.featuredRatio}×`,
      ok: ratio <= BUDGETS.featuredRatio,
    },
  ];
}
