import { registrableDomain } from '../cleanup/registrable-domain';
import { isLocalOrIpHost, webUrl } from './addresses';

/** What the manifest declares as optional: every request must stay inside these. */
export const OPTIONAL_HOST_PATTERNS = ['http://*/*', 'https://*/*'] as const;

/**
 * The host permissions the health check asks for, given the links of an issue: each link's site
 * (`*.example.com`, so the usual redirects between `example.com`, `www.` and `blog.` can be
 * followed), over https, and over http too for http links (most of them now redirect to https,
 * and their https version is checked). Loopback and IP hosts are asked for as they are, over the
 * link's own scheme only: they have no subdomains, and no public https version to suggest.
 * Sorted and without repeats, so the browser's prompt lists each site once.
 */
export function originPatternsFor(urls: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const text of urls) {
    const url = webUrl(text);
    if (!url) continue;
    const host = url.hostname.toLowerCase().replace(/\.$/, '');
    if (isLocalOrIpHost(host)) {
      patterns.add(`${url.protocol}//${host}/*`);
      continue;
    }
    const site = `*.${registrableDomain(host)}`;
    patterns.add(`https://${site}/*`);
    if (url.protocol === 'http:') patterns.add(`http://${site}/*`);
  }
  return [...patterns].sort();
}

/** Whether the check should also try the link over https: http links on public hosts. */
export function wantsHttpsProbe(text: string): boolean {
  const url = webUrl(text);
  return url !== null && url.protocol === 'http:' && !isLocalOrIpHost(url.hostname);
}
