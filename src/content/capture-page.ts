import type { PageCapture } from '../core/clip';

/**
 * What the capture script reads from a page: the shape of `PageCapture`, but page data, untrusted
 * until `readCapture` has checked it. (A type import: nothing of it reaches the page.)
 */
export type RawCapture = PageCapture;

/**
 * Runs inside the clipped page, injected on demand by `scripting.executeScript({ func })`.
 * Only this function's source text reaches the page, so it must stay self-contained: no
 * imports, no outside variables, no helpers defined outside it.
 */
export function capturePage(): RawCapture {
  const meta = (...selectors: string[]): string => {
    for (const selector of selectors) {
      const content = document.querySelector<HTMLMetaElement>(selector)?.content?.trim();
      if (content) return content;
    }
    return '';
  };
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i]');
  const time = document.querySelector<HTMLTimeElement>('article time[datetime], time[datetime]');
  return {
    title: document.title,
    url: location.href,
    canonical: canonical?.href ?? '',
    ogTitle: meta('meta[property="og:title"]', 'meta[name="twitter:title"]'),
    siteName: meta('meta[property="og:site_name"]', 'meta[name="application-name"]'),
    description: meta('meta[property="og:description"]', 'meta[name="description"]'),
    author: meta('meta[name="author"]', 'meta[property="article:author"]', 'meta[name="twitter:creator"]'),
    published: meta('meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]') || (time?.dateTime ?? ''),
    jsonLd: Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '').slice(0, 8),
    selection: String(window.getSelection() ?? '').trim(),
  };
}
