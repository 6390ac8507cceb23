/**
 * Generic second-level labels that, under a two-letter country code, act as a public suffix
 * (`co.uk`, `com.au`, `ac.jp`, …). A list rather than "any short label", so `dev.to` and `k8s.io`
 * stay registrable domains of their own.
 */
const COUNTRY_SLDS = new Set(['ac', 'co', 'com', 'edu', 'gob', 'go', 'gov', 'ltd', 'mil', 'ne', 'net', 'nom', 'or', 'org', 'plc', 'sch']);

const IP_ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[\d:a-f.]*\])$/i;

/**
 * The domain a site registered, guessed without the Public Suffix List: the last two labels, or
 * the last three when the second-to-last is a generic label under a country code (`bbc.co.uk`).
 * Wrong for shared hosts such as `github.io` (every user page counts as one site), which is the
 * price of not shipping the list; good enough to tell "same site" from "another site".
 */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (IP_ADDRESS.test(host)) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const [sld, tld] = labels.slice(-2) as [string, string];
  const size = /^[a-z]{2}$/.test(tld) && COUNTRY_SLDS.has(sld) ? 3 : 2;
  return labels.slice(-size).join('.');
}

/** The hostname without a leading `www.` or a trailing dot, lowercased. */
export function bareHost(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** Whether two hostnames belong to one site: equal but for `www.`, or under one registrable domain. */
export function isSameSite(a: string, b: string): boolean {
  return bareHost(a) === bareHost(b) || registrableDomain(a) === registrableDomain(b);
}

/** Whether `hostname` is `domain` or one of its subdomains. */
export function isHostOf(hostname: string, domain: string): boolean {
  const host = bareHost(hostname);
  return host === domain || host.endsWith(`.${domain}`);
}
