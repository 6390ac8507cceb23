import { bareHost } from '../cleanup/registrable-domain';

const HOME_PATHS = new Set(['', '/', '/index.html', '/index.htm', '/index.php']);
const SIGN_IN_PATH = /\/(log-?in|sign-?in|sign_in|signup|auth|sso|session|accounts)(\/|$|\?)/i;
const IP_LITERAL = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[\d:a-f.]*\])$/i;

/** The URL, or null when `text` is not an absolute http(s) address. */
export function webUrl(text: string): URL | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Whether the address is a site's home page: no path (or an index file). */
export function isHomePage(url: URL): boolean {
  return HOME_PATHS.has(url.pathname.toLowerCase());
}

/** Whether the address looks like a login page (`/login`, `/signin`, `/accounts/...`). */
export function isSignInPage(url: URL): boolean {
  return SIGN_IN_PATH.test(url.pathname);
}

/**
 * Whether two addresses name the same page for a reader: equal but for `www.`, the scheme, a
 * trailing slash, default ports and the fragment. Sites redirect between these forms all the time;
 * none of it is worth a change in the newsletter.
 */
export function isSameAddress(a: URL, b: URL): boolean {
  const path = (url: URL) => url.pathname.replace(/\/+$/, '');
  return bareHost(a.hostname) === bareHost(b.hostname) && a.port === b.port && path(a) === path(b) && a.search === b.search;
}

/** Whether the host is a loopback or bare IP address, which no certificate or wildcard can name. */
export function isLocalOrIpHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || IP_LITERAL.test(host);
}

/** The address over https: same host, path and query. */
export function httpsVersion(url: URL): URL {
  const https = new URL(url.href);
  https.protocol = 'https:';
  // An explicit http port (say :8080) says nothing about where https would listen.
  https.port = '';
  return https;
}
