/** What the capture script reads from a page. Page data: untrusted until `readCapture` checks it. */
export interface RawCapture {
  title: string;
  url: string;
  canonical: string;
  ogTitle: string;
  siteName: string;
  description: string;
  selection: string;
}

/**
 * Runs inside the clipped page, injected on demand by `scripting.executeScript({ func })`.
 * Only this function's source text reaches the page, so it must stay self-contained: no
 * imports, no outside variables, no helpers.
 */
export function capturePage(): RawCapture {
  const meta = (selector: string): string =>
    document.querySelector<HTMLMetaElement>(selector)?.content ?? '';
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"]');
  return {
    title: document.title,
    url: location.href,
    canonical: canonical?.href ?? '',
    ogTitle: meta('meta[property="og:title"]'),
    siteName: meta('meta[property="og:site_name"]'),
    description: meta('meta[property="og:description"]') || meta('meta[name="description"]'),
    selection: String(window.getSelection() ?? ''),
  };
}
