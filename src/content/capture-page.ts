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
 *
 * It walks the document once (one `querySelectorAll` for every element it reads), and answers as
 * soon as the document is parsed: a page still loading is read at DOMContentLoaded (or after a
 * second, whatever there is), never at `load`, which an article with a stalled image never fires.
 */
export function capturePage(): RawCapture | Promise<RawCapture> {
  const read = (): RawCapture => {
    const metas = new Map<string, string>();
    const headings: string[] = [];
    const entryTitles: string[] = [];
    const breadcrumbs: string[] = [];
    const jsonLd: string[] = [];
    let canonical = '';
    let time = '';
    const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);
    const crumbs = ':is(nav[aria-label*="breadcrumb" i],.breadcrumb,.breadcrumbs) :is(a,[aria-current="page"])';
    for (const element of document.querySelectorAll(
      `meta[content],link[rel~="canonical" i],script[type="application/ld+json"],h1,.entry-title,.post-title,time[datetime],${crumbs}`,
    )) {
      const tag = element.localName;
      if (tag === 'meta') {
        const key = (element.getAttribute('property') || element.getAttribute('name') || element.getAttribute('itemprop') || '').toLowerCase();
        const content = (element as HTMLMetaElement).content.trim();
        if (key && content && !metas.has(key)) metas.set(key, content);
      } else if (tag === 'link') canonical ||= (element as HTMLLinkElement).href;
      // A block past 100,000 characters is never read (page-metadata.ts): not sent, as it would only weigh on the answer.
      else if (tag === 'script') jsonLd.length < 8 && jsonLd.push((element.textContent ?? '').length > 100_000 ? '' : (element.textContent ?? ''));
      else if (tag === 'time') time ||= (element as HTMLTimeElement).dateTime;
      else if (element.matches(crumbs)) breadcrumbs.length < 8 && breadcrumbs.push(text(element));
      else if (tag === 'h1' && headings.length < 4) headings.push(text(element));
      if (element.matches('.entry-title,.post-title') && entryTitles.length < 3) entryTitles.push(text(element));
    }
    const meta = (...keys: string[]) => keys.map((key) => metas.get(key)).find(Boolean) ?? '';
    return {
      title: document.title,
      url: location.href,
      canonical,
      ogTitle: meta('og:title', 'twitter:title'),
      siteName: meta('og:site_name', 'application-name'),
      appName: meta('application-name', 'apple-mobile-web-app-title'),
      description: meta('og:description', 'description'),
      author: meta('author', 'article:author', 'twitter:creator'),
      published: meta('article:published_time', 'date', 'datepublished') || time,
      dcTitle: meta('dc.title', 'dc:title', 'dcterms.title'),
      headings,
      entryTitles,
      breadcrumbs,
      jsonLd,
      selection: String(window.getSelection() ?? '').trim(),
    };
  };
  if (document.readyState !== 'loading') return read();
  return new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => resolve(read()), { once: true });
    setTimeout(() => resolve(read()), 1000);
  });
}
