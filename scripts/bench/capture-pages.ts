/**
 * Heavy pages for the capture's timing (issue 17), written for the bench: generated, the same on
 * every run. Each has a title with a site suffix and one `<h1>`, so the capture has work to do.
 */

/** The path the server holds open forever: an image that never loads, so `load` never fires. */
export const STALLED_PATH = '/stalled.png';

const head = (title: string, extra = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Bench Gazette</title>` +
  `<meta property="og:site_name" content="Bench Gazette"><link rel="icon" href="data:,">${extra}</head>`;

const paragraph = (i: number) =>
  `<p>Paragraph ${i} of the article, with <a href="/link/${i}">a link</a> and <em>some emphasis</em> to make it a real text node tree.</p>`;

function article(title: string, paragraphs: number): string {
  return `<article><h1>${title}</h1>${Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('')}</article>`;
}

/** About 30,000 elements: nested sections, lists and a table around the article. */
function largeDom(): string {
  const section = (i: number) =>
    `<section class="block-${i}"><h2>Section ${i}</h2><ul>${Array.from({ length: 20 }, (_, j) => `<li><span>Item ${i}.${j}</span> <a href="/i/${i}/${j}">more</a></li>`).join('')}</ul>` +
    `<table><tr>${Array.from({ length: 10 }, (_, j) => `<td>${i * j}</td>`).join('')}</tr></table></section>`;
  return `${head('A page with a very large DOM')}<body><nav>${Array.from({ length: 200 }, (_, i) => `<a href="/n/${i}">Nav ${i}</a>`).join('')}</nav>${article('A page with a very large DOM', 40)}${Array.from({ length: 400 }, (_, i) => section(i)).join('')}</body></html>`;
}

/** 400 inline scripts and 50 JSON data blocks, as ad-heavy and analytics-heavy pages carry. */
function manyScripts(): string {
  const scripts = Array.from(
    { length: 400 },
    (_, i) => `<script>window.__bench${i} = (function (n) { var s = 0; for (var k = 0; k < n; k++) s += k; return s; })(${i});</script>`,
  ).join('');
  const data = Array.from(
    { length: 50 },
    (_, i) => `<script type="application/json" id="data-${i}">${JSON.stringify({ id: i, values: Array.from({ length: 100 }, (_, j) => j) })}</script>`,
  ).join('');
  return `${head('A page with hundreds of scripts', data)}<body>${article('A page with hundreds of scripts', 40)}${scripts}</body></html>`;
}

/** Eight JSON-LD blocks of about 120 KB each: a product catalogue's graph around the article. */
function bigJsonLd(): string {
  const block = (i: number) =>
    `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        ...(i === 0 ? [{ '@type': 'NewsArticle', headline: 'A page with big JSON-LD', publisher: { '@type': 'Organization', name: 'Bench Gazette' } }] : []),
        ...Array.from({ length: 600 }, (_, j) => ({
          '@type': 'Product',
          name: `Product ${i}.${j}`,
          description: 'A product with a long enough description to weigh.',
          sku: `SKU-${i}-${j}`,
        })),
      ],
    })}</script>`;
  return `${head('A page with big JSON-LD', Array.from({ length: 8 }, (_, i) => block(i)).join(''))}<body>${article('A page with big JSON-LD', 40)}</body></html>`;
}

/** An ordinary article whose one image never arrives: its `load` event never fires. */
function stalledImage(): string {
  return `${head('An article whose image never loads')}<body>${article('An article whose image never loads', 40)}<img src="${STALLED_PATH}" alt=""></body></html>`;
}

/** The bench's capture pages by name, served at `/capture/<name>`. */
export function capturePages(): Record<string, string> {
  return {
    ordinary: `${head('An ordinary article')}<body><nav><a href="/">Home</a></nav>${article('An ordinary article', 60)}<footer>© Bench Gazette</footer></body></html>`,
    'large-dom': largeDom(),
    'many-scripts': manyScripts(),
    'big-json-ld': bigJsonLd(),
    'stalled-image': stalledImage(),
  };
}
