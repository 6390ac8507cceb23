/**
 * Article pages for the test server. They mimic what curators clip: titles with typographic
 * punctuation, emoji and entities (capture must decode, not double-escape), an og:title that
 * differs from <title> (sites append " | Blog"), and a canonical URL that differs from the
 * served URL (tracking parameters, mirrors). `<link rel="icon" href="data:,">` stops Chromium
 * from requesting /favicon.ico, whose 404 would otherwise show up as a console error.
 */
export interface Article {
  path: string;
  /** <title> as the browser decodes it (document.title / tab.title). */
  title: string;
  /** The og:title meta, when the page has one. */
  ogTitle?: string;
  /** The canonical link, when the page has one. */
  canonical?: string;
  html: string;
}

function page(head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <link rel="icon" href="data:,">
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>
`;
}

export const gatewayApi: Article = {
  path: '/blog/gateway-api-ga',
  title: 'Gateway API v1.3 is GA — what changed for Ingress users',
  ogTitle: 'Gateway API v1.3 is GA — what changed',
  canonical: 'https://kubernetes.example.org/blog/2026/05/gateway-api-ga/',
  html: page(
    `<title>Gateway API v1.3 is GA — what changed for Ingress users</title>
    <meta property="og:title" content="Gateway API v1.3 is GA — what changed">
    <meta name="description" content="HTTPRoute filters, GRPCRoute and a migration path from Ingress.">
    <link rel="canonical" href="https://kubernetes.example.org/blog/2026/05/gateway-api-ga/">`,
    `<article><h1>Gateway API v1.3 is GA</h1>
    <p>After two years in beta, <code>HTTPRoute</code> and <code>GRPCRoute</code> are stable.</p></article>`,
  ),
};

export const ebpfTracing: Article = {
  path: '/posts/ebpf-tracing.html',
  title: 'Tracing pods with eBPF & friends 🐝',
  canonical: 'https://ebpf.example.net/posts/ebpf-tracing',
  html: page(
    `<title>Tracing pods with eBPF &amp; friends 🐝</title>
    <link rel="canonical" href="https://ebpf.example.net/posts/ebpf-tracing">`,
    `<main><h1>Tracing pods with eBPF &amp; friends 🐝</h1>
    <p>Attach probes to a running container without restarting it.</p></main>`,
  ),
};

export const operatorPatterns: Article = {
  path: '/2026/06/operator-patterns?utm_source=newsletter',
  title: '“Level 5” operators: auto-pilot, or auto-pain?',
  ogTitle: 'Level 5 operators — auto-pilot or auto-pain? 🤖',
  html: page(
    `<title>&ldquo;Level 5&rdquo; operators: auto-pilot, or auto-pain?</title>
    <meta property="og:title" content="Level 5 operators &mdash; auto-pilot or auto-pain? 🤖">`,
    `<article><h1>“Level 5” operators</h1><p>Reconcilers that upgrade, back up and heal.</p></article>`,
  ),
};

export const ARTICLES: readonly Article[] = [gatewayApi, ebpfTracing, operatorPatterns];

/** The `{ path: html }` map that `startServer` takes. */
export function articlePages(articles: readonly Article[] = ARTICLES): Record<string, string> {
  return Object.fromEntries(articles.map((article) => [article.path, article.html]));
}

/**
 * A post whose <title> ends in its site's name, which og:site_name also gives: the capture's
 * site-name rule takes it off ("Operators in depth"), so the title shows whether the injected
 * capture ran and whether that rule is on.
 */
export const siteNamePost = {
  path: '/post',
  html: '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Operators in depth | Example Blog</title><meta property="og:site_name" content="Example Blog"><p>x',
};
