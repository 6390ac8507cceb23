import type { Page } from 'playwright-core';
import { repeatArchive } from './archive-files';
import { BUDGETS } from './budgets';
import { type ArchiveFile, type ImportExportRun, linkUrl } from './page/bench-api';
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

/**
 * Import and export of 10, 133 and 1,330 issues, each into a fresh database. The 133 issues are
 * imported ten times in a row in each run, so that both sides of the growth figure (1,330 issues
 * once, 133 issues ten times) do the same amount of work over the same stretch of time: on a
 * shared machine, a one-second run and a fifth-of-a-second run do not meet the same contention.
 */
export async function importExportGrowth(bench: Page, archive: ArchiveFile[]): Promise<Row[]> {
  const sets: Record<number, { files: ArchiveFile[]; times: number }> = {
    10: { files: archive.slice(0, 10), times: 1 },
    133: { files: archive, times: 10 },
    1330: { files: repeatArchive(archive, 10), times: 1 },
  };
  const sizes = Object.keys(sets).map(Number);
  const rows: Row[] = [];
  // The first export loads the zip library: keep that out of the figures.
  await bench.evaluate((files) => window.bench.importExport('bench-warmup', files), sets[10]!.files);
  // Sizes interleaved, run by run, so a busy spell on the machine falls on all of them alike.
  const runs: Record<number, ImportExportRun[]> = Object.fromEntries(sizes.map((size) => [size, []]));
  log(`Import and export of ${sizes.map((size) => plural(size, 'issue')).join(', ')}: ${RUNS.importExport} runs each…`);
  for (let run = 0; run < RUNS.importExport; run++) {
    for (const size of sizes) {
      const { files, times } = sets[size]!;
      runs[size]!.push(await bench.evaluate(([name, list, n]) => window.bench.importExport(name, list, n), [`bench-import-${size}`, files, times] as const));
    }
  }
  const perIssue: Record<number, { import: number[]; export: number[] }> = {};
  for (const size of sizes) {
    const { issues, items, zipFiles } = runs[size]![0]!;
    if (issues !== size || zipFiles !== size) throw new Error(`Imported ${issues} and exported ${zipFiles} of ${size} issues`);
    const imports = runs[size]!.map((run) => run.importMs);
    const exports = runs[size]!.map((run) => run.exportMs);
    perIssue[size] = { import: imports.map((ms) => ms / size), export: exports.map((ms) => ms / size) };
    const what = `${plural(issues, 'issue')}, ${plural(items, 'item')}${sets[size]!.times > 1 ? ` (mean of ${sets[size]!.times} in a row)` : ''}`;
    rows.push(
      { key: `import-${size}`, label: `Import ${what}`, unit: 'ms', value: median(imports), spread: summarize(imports) },
      { key: `export-${size}`, label: `Export (zip) ${what}`, unit: 'ms', value: median(exports), spread: summarize(exports) },
    );
  }
  for (const phase of ['import', 'export'] as const) {
    const large = perIssue[1330]![phase];
    const small = perIssue[133]![phase];
    const growth = median(large) / median(small);
    rows.push({
      key: `${phase}-growth`,
      label: `${phase === 'import' ? 'Import' : 'Export'} time per issue, 1,330 ÷ 133 issues`,
      unit: 'ratio',
      value: growth,
      spread: pairedRatios(large, small),
      budget: `linear: ≤ ${BUDGETS.linearGrowth}×`,
      ok: growth <= BUDGETS.linearGrowth,
    });
  }
  return rows;
}
