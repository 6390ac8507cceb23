// The capture function run inside a page (happy-dom), as scripting.executeScript runs its source.
import { Window } from 'happy-dom';
import { expect, it } from 'vitest';
import { capturePage } from '../../../src/content/capture-page';

const PAGE = `<!doctype html><html><head><title>T | Site</title>
<meta property="og:title" content="OG"><meta name="application-name" content="App"><meta name="DC.title" content="DC">
<meta name="author" content="Ada"><link rel="canonical" href="/canonical">
<script type="application/ld+json">{"headline":"H"}</script></head><body>
<nav aria-label="Breadcrumb"><a href="/">Docs</a> › <a href="/net">Networking</a> › <span aria-current="page">Ingress</span></nav>
<h1>  One
 heading </h1><h2 class="entry-title">Entry</h2><h1>Two</h1><h1>Three</h1><h1>Four</h1><h1>Five</h1>
<article><time datetime="2026-05-01">May</time></article></body></html>`;

async function inPage<T>(html: string, run: (window: Window) => Promise<T>): Promise<T> {
  const window = new Window({ url: 'https://docs.example/net/ingress?utm_source=x', settings: { disableJavaScriptEvaluation: false } });
  try {
    window.document.write(html);
    return await run(window);
  } finally {
    await window.happyDOM.close();
  }
}

it('reads every field in one pass: meta tags, canonical, JSON-LD, headings, breadcrumbs, the date', async () => {
  const capture = await inPage(PAGE, (window) => window.eval(`(${capturePage.toString()})()`));
  expect(capture).toMatchObject({
    title: 'T | Site',
    url: 'https://docs.example/net/ingress?utm_source=x',
    canonical: 'https://docs.example/canonical',
    ogTitle: 'OG',
    siteName: 'App',
    appName: 'App',
    dcTitle: 'DC',
    author: 'Ada',
    published: '2026-05-01',
    headings: ['One heading', 'Two', 'Three', 'Four'],
    entryTitles: ['Entry'],
    breadcrumbs: ['Docs', 'Networking', 'Ingress'],
    jsonLd: ['{"headline":"H"}'],
  });
});

it('does not send a JSON-LD block too long to be read', async () => {
  const big = `<script type="application/ld+json">{"headline":"${'x'.repeat(100_001)}"}</script>`;
  const capture = await inPage(
    PAGE.replace('</head>', `${big}</head>`),
    async (window) => (await window.eval(`(${capturePage.toString()})()`)) as { jsonLd: string[] },
  );
  expect(capture.jsonLd).toEqual(['{"headline":"H"}', '']);
});

it('answers at DOMContentLoaded on a page still being parsed, not at load', async () => {
  const capture = await inPage(PAGE, async (window) => {
    Object.defineProperty(window.document, 'readyState', { value: 'loading', configurable: true });
    const answer = window.eval(`(${capturePage.toString()})()`) as Promise<{ title: string }>;
    expect(answer).toBeInstanceOf(window.Promise);
    window.document.dispatchEvent(new window.Event('DOMContentLoaded'));
    return answer;
  });
  expect(capture.title).toBe('T | Site');
});
