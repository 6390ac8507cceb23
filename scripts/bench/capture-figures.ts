import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { capturePage } from '../../src/content/capture-page';
import { launchBrowser } from '../../test/e2e/harness/launch';
import { tabIdFor } from '../../test/e2e/harness/tabs';
import { capturePages, STALLED_PATH } from './capture-pages';
import type { Row } from './report';
import { CAPTURE_RUNS, log } from './runs';
import { summarize } from './stats';

declare global {
  interface Window {
    __titleShown?: Promise<{ ms: number; firstMs: number; title: string }>;
  }
}

/**
 * Installed in the popup before its scripts: resolves at the first animation frame in which the
 * fields hold the page's capture (`main[data-source]` no longer "pending"), with the ms from
 * navigation start, the ms at which a title (the tab's) was first on screen, and the title shown.
 */
function titleShownProbe(): void {
  let firstMs = Number.NaN;
  window.__titleShown = new Promise((resolve) => {
    const check = () => {
      const source = document.querySelector('main')?.dataset.source;
      const title = (document.getElementById('title') as HTMLInputElement | null)?.value ?? '';
      if (title !== '' && Number.isNaN(firstMs)) firstMs = performance.now();
      if (source && source !== 'pending') resolve({ ms: performance.now(), firstMs, title });
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** The ms the capture function itself takes in the page (in the page's main world, not the extension's). */
function timeCaptureFunction(source: string): number {
  const run = new Function(`return (${source})()`) as () => unknown;
  const started = performance.now();
  run();
  return performance.now() - started;
}

const percentile = (values: readonly number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? NaN;
};

/** Serves the capture pages, and holds STALLED_PATH open so the page's load event never fires. */
async function startCaptureServer(pages: Record<string, string>) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === STALLED_PATH) return; // never answered
    const html = pages[path.replace(/^\/capture\//, '')];
    response.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (name: string) => `http://127.0.0.1:${port}/capture/${name}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function oneClip(
  context: Awaited<ReturnType<typeof launchBrowser>>,
  url: string,
  want: string,
): Promise<{ shown: number; after: number; capture: number }> {
  const article = await context.context.newPage();
  let popup: Page | undefined;
  try {
    await article.goto(url, { waitUntil: 'domcontentloaded' });
    const capture = await article.evaluate(timeCaptureFunction, capturePage.toString());
    const tabId = await tabIdFor(context.context, context.extensionId, article.url());
    popup = await context.context.newPage();
    await popup.addInitScript(titleShownProbe);
    await popup.goto(`chrome-extension://${context.extensionId}/popup/index.html?tab=${tabId}`, { waitUntil: 'commit' });
    const shown = await popup.evaluate(() => window.__titleShown!);
    if (shown.title !== want) throw new Error(`the popup showed “${shown.title}”, not “${want}”`);
    return { shown: shown.ms, after: shown.ms - shown.firstMs, capture };
  } finally {
    await popup?.close();
    await article.close();
  }
}

/**
 * Issue 17's speed: heavy pages written for the bench (capture-pages.ts), each clipped through
 * the popup `CAPTURE_RUNS.rounds` times, interleaved; popup open → the first frame showing the
 * final title, and the capture function's own time in the page. Reported, with no budget.
 */
export async function captureFigures(extensionDir: string, details: Record<string, unknown>): Promise<Row[]> {
  const pages = capturePages();
  const names = Object.keys(pages);
  const server = await startCaptureServer(pages);
  const browser = await launchBrowser({ extensionDir });
  const shown: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const own: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const after: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const failures: string[] = [];
  log(`Capture: ${names.length} heavy pages, ${CAPTURE_RUNS.rounds} clips each, interleaved…`);
  try {
    for (let round = -CAPTURE_RUNS.warmup; round < CAPTURE_RUNS.rounds; round++) {
      const order = round % 2 === 0 ? names : [...names].reverse();
      for (const name of order) {
        const want = /<h1>([^<]*)<\/h1>/.exec(pages[name]!)?.[1] ?? '';
        try {
          const clip = await oneClip(browser, server.url(name), want);
          if (round < 0) continue;
          shown[name]!.push(clip.shown);
          own[name]!.push(clip.capture);
          after[name]!.push(clip.after);
        } catch (error) {
          if (round >= 0) failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const source = capturePage.toString();
  details.capture = { shown, after, own, failures, pageBytes: Object.fromEntries(names.map((name) => [name, pages[name]!.length])) };
  const rows: Row[] = [
    {
      key: 'capture-function-size',
      label: 'Capture function injected into the page (source, gzip)',
      unit: 'text',
      value: `${source.length.toLocaleString('en')} chars, ${gzipSync(source, { level: 9 }).length} B gzip`,
    },
  ];
  for (const name of names) {
    const times = shown[name]!;
    if (times.length === 0) {
      rows.push({ key: `capture-shown-${name}`, label: `Capture, ${name}: popup open → final title shown`, unit: 'text', value: 'failed', ok: false });
      continue;
    }
    rows.push(
      {
        key: `capture-shown-${name}`,
        label: `Capture, ${name}: popup open → final title shown (p90 ${percentile(times, 0.9).toFixed(0)} ms)`,
        unit: 'ms',
        value: summarize(times).median,
        spread: summarize(times),
      },
      {
        key: `capture-after-${name}`,
        label: `Capture, ${name}: the tab's title on screen → the final one (p90 ${percentile(after[name]!, 0.9).toFixed(0)} ms)`,
        unit: 'ms',
        value: summarize(after[name]!).median,
        spread: summarize(after[name]!),
      },
      {
        key: `capture-own-${name}`,
        label: `Capture, ${name}: the capture function's own time (p90 ${percentile(own[name]!, 0.9).toFixed(1)} ms)`,
        unit: 'ms',
        value: summarize(own[name]!).median,
        spread: summarize(own[name]!),
      },
    );
  }
  if (failures.length > 0) rows.push({ key: 'capture-failures', label: 'Capture: clips that failed', unit: 'text', value: failures.join('; '), ok: false });
  return rows;
}
